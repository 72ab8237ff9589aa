import request from "supertest";
import { appToken, bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

/** A moving clock, so every write gets a later timestamp than the one before. */
function clockedApp(options: Parameters<typeof testApp>[0] = {}): App {
  let now = Date.parse("2026-03-01T12:00:00Z");
  return testApp({ clock: () => new Date((now += 1000)), ...options });
}

async function createGroup(app: App, token: string, topic: string, members: string[] = [USERS.megan, USERS.lynne]): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(token))
    .send({ chatType: "group", topic, members: members.map((m) => member(m)) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Follows @odata.nextLink from `path` to the end; returns every page. */
async function allPages(app: App, token: string, path: string): Promise<{ ids: string[]; pages: number; links: string[] }> {
  const ids: string[] = [];
  const links: string[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const res: request.Response = await request(app).get(next).set(bearer(token));
    expect(res.status).toBe(200);
    ids.push(...res.body.value.map((c: { id: string }) => c.id));
    pages++;
    const link: string | undefined = res.body["@odata.nextLink"];
    if (link) links.push(link);
    next = link ? new URL(link).pathname + new URL(link).search : undefined;
  }
  return { ids, pages, links };
}

describe("listChats", () => {
  it("lists the signed-in user's chats, most recently updated first, with @odata.context", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const older = await createGroup(app, token, "older");
    const newer = await createGroup(app, token, "newer");
    await createGroup(app, await userToken(USERS.jacob), "not mine", [USERS.jacob, USERS.alex]);
    const res = await request(app).get("/v1.0/chats").set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body["@odata.context"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#chats$/);
    expect(res.body.value.map((c: { id: string }) => c.id)).toEqual([newer, older]);
    expect(res.body["@odata.nextLink"]).toBeUndefined();
    expect(res.body.value[0]).toMatchObject({ topic: "newer", viewpoint: { isHidden: false, lastMessageReadDateTime: null } });
    expect(res.body.value[0].members).toBeUndefined();
  });

  it("returns an empty collection for a user without chats", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats")
      .set(bearer(await userToken(USERS.isaiah)));
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([]);
  });

  it("pages with $top and an absolute @odata.nextLink that keeps $top and carries an opaque $skiptoken", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push(await createGroup(app, token, `chat ${i}`));
    const first = await request(app).get("/v1.0/chats?$top=3").set(bearer(token));
    expect(first.body.value).toHaveLength(3);
    const link = new URL(first.body["@odata.nextLink"]);
    expect(link.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(link.pathname).toBe("/v1.0/chats");
    expect(link.searchParams.get("$top")).toBe("3");
    expect(link.searchParams.get("$skiptoken")).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(first.body["@odata.nextLink"]).toContain("$skiptoken=");
    const { ids, pages } = await allPages(app, token, "/v1.0/chats?$top=3");
    expect(pages).toBe(3);
    expect(ids).toEqual([...created].reverse());
  });

  it("uses a page size of 20 by default", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    for (let i = 0; i < 21; i++) await createGroup(app, token, `c${i}`);
    const res = await request(app).get("/v1.0/chats").set(bearer(token));
    expect(res.body.value).toHaveLength(20);
    expect(res.body["@odata.nextLink"]).toBeDefined();
  });

  it("neither repeats nor skips chats when chats are created between pages", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const before: string[] = [];
    for (let i = 0; i < 6; i++) before.push(await createGroup(app, token, `before ${i}`));
    const seen: string[] = [];
    let next: string | undefined = "/v1.0/chats?$top=2";
    while (next) {
      const res: request.Response = await request(app).get(next).set(bearer(token));
      seen.push(...res.body.value.map((c: { id: string }) => c.id));
      await createGroup(app, token, "created while paging");
      const link: string | undefined = res.body["@odata.nextLink"];
      next = link ? new URL(link).pathname + new URL(link).search : undefined;
    }
    expect(seen).toEqual([...before].reverse());
  });

  it.each(["0", "51", "-1", "abc", "2.5"])("rejects $top=%s", async (top) => {
    const res = await request(testApp())
      .get(`/v1.0/chats?$top=${top}`)
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/\$top/);
  });

  it("rejects a forged, altered or foreign $skiptoken with a clear 400", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    for (let i = 0; i < 3; i++) await createGroup(app, token, `c${i}`);
    const first = await request(app).get("/v1.0/chats?$top=1").set(bearer(token));
    const skiptoken = new URL(first.body["@odata.nextLink"]).searchParams.get("$skiptoken") ?? "";
    const altered = skiptoken.slice(0, 5) + (skiptoken[5] === "A" ? "B" : "A") + skiptoken.slice(6);
    for (const bad of ["garbage", "a.b", altered, `${skiptoken}.x`]) {
      const res = await request(app)
        .get(`/v1.0/chats?$top=1&$skiptoken=${encodeURIComponent(bad)}`)
        .set(bearer(token));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/\$skiptoken/);
    }
    // Another query's token (different filter) and another server's token are refused too.
    const otherQuery = await request(app)
      .get(`/v1.0/chats?$filter=${encodeURIComponent("chatType eq 'group'")}&$skiptoken=${skiptoken}`)
      .set(bearer(token));
    expectGraphError(otherQuery, 400, "BadRequest");
    const otherServer = await request(clockedApp()).get(`/v1.0/chats?$skiptoken=${skiptoken}`).set(bearer(token));
    expectGraphError(otherServer, 400, "BadRequest");
  });

  it("includes members and the last message preview with $expand", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const id = await createGroup(app, token, "expand");
    await request(app)
      .post(`/v1.0/chats/${id}/messages`)
      .set(bearer(token))
      .send({ body: { content: "hi there" } })
      .expect(201);
    const res = await request(app).get("/v1.0/chats?$expand=members,lastMessagePreview").set(bearer(token));
    expect(res.status).toBe(200);
    const [chat] = res.body.value;
    expect(chat.members.map((m: { userId: string }) => m.userId)).toEqual([USERS.megan, USERS.lynne]);
    expect(chat.lastMessagePreview).toMatchObject({
      isDeleted: false,
      messageType: "message",
      body: { contentType: "text", content: "hi there" },
    });
    expect(chat.lastMessagePreview.from.user.id).toBe(USERS.megan);
    const plain = await request(app).get("/v1.0/chats?$expand=lastMessagePreview").set(bearer(token));
    expect(plain.body.value[0].members).toBeUndefined();
    expect(plain.body.value[0].lastMessagePreview.id).toBe(chat.lastMessagePreview.id);
  });

  it("shows lastMessagePreview null for a chat without messages", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    await createGroup(app, token, "quiet");
    const res = await request(app).get("/v1.0/chats?$expand=lastMessagePreview").set(bearer(token));
    expect(res.body.value[0].lastMessagePreview).toBeNull();
  });

  describe("$filter", () => {
    async function fixture() {
      const app = clockedApp();
      const megan = await userToken(USERS.megan);
      const team = await createGroup(app, megan, "Team's room", [USERS.megan, USERS.lynne, USERS.isaiah]);
      const other = await createGroup(app, megan, "Other", [USERS.megan, USERS.lynne]);
      const direct = (
        await request(app)
          .post("/v1.0/chats")
          .set(bearer(megan))
          .send({ chatType: "oneOnOne", members: [member(USERS.megan), member(USERS.adele)] })
      ).body.id as string;
      return { app, megan, team, other, direct };
    }
    const list = (app: App, token: string, filter: string) =>
      request(app)
        .get(`/v1.0/chats?$filter=${encodeURIComponent(filter)}`)
        .set(bearer(token));

    it("filters by topic, with OData's doubled quote", async () => {
      const { app, megan, team } = await fixture();
      const res = await list(app, megan, "topic eq 'Team''s room'");
      expect(res.status).toBe(200);
      expect(res.body.value.map((c: { id: string }) => c.id)).toEqual([team]);
    });

    it("filters by chatType", async () => {
      const { app, megan, direct } = await fixture();
      const res = await list(app, megan, "chatType eq 'oneOnOne'");
      expect(res.body.value.map((c: { id: string }) => c.id)).toEqual([direct]);
    });

    it("filters by member with members/any, with or without the type cast", async () => {
      const { app, megan, team } = await fixture();
      for (const filter of [
        `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '${USERS.isaiah}')`,
        `members/any(x: x/userId eq '${USERS.isaiah.toUpperCase()}')`,
      ]) {
        const res = await list(app, megan, filter);
        expect(res.status).toBe(200);
        expect(res.body.value.map((c: { id: string }) => c.id)).toEqual([team]);
      }
    });

    it("combines conditions with and and parentheses, and matches topic eq null", async () => {
      const { app, megan, other, direct } = await fixture();
      const both = await list(app, megan, `chatType eq 'group' and (members/any(m: m/userId eq '${USERS.lynne}') and topic eq 'Other')`);
      expect(both.body.value.map((c: { id: string }) => c.id)).toEqual([other]);
      const untitled = await list(app, megan, "topic eq null");
      expect(untitled.body.value.map((c: { id: string }) => c.id)).toEqual([direct]);
    });

    it("pages through filtered results without empty pages", async () => {
      const app = clockedApp();
      const megan = await userToken(USERS.megan);
      const wanted: string[] = [];
      for (let i = 0; i < 5; i++) {
        wanted.push(await createGroup(app, megan, "match"));
        await createGroup(app, megan, "no match");
      }
      const { ids, pages } = await allPages(app, megan, `/v1.0/chats?$top=2&$filter=${encodeURIComponent("topic eq 'match'")}`);
      expect(ids).toEqual([...wanted].reverse());
      expect(pages).toBe(3);
    });

    it.each([
      ["topic ne 'x'", "topic ne 'x'"],
      ["startswith(topic,'a')", "startswith"],
      ["chatType eq 'group' or topic eq 'x'", " or "],
      ["members/all(m: m/userId eq 'x')", "members/all"],
      ["members/any(m: m/email eq 'x')", "m/email"],
      ["installedApps/any(a: a/id eq 'x')", "a/id"],
      ["createdDateTime eq 'x'", "createdDateTime"],
      ["topic eq 5", "5"],
    ])("rejects the unsupported filter %j, naming what is not supported", async (filter, named) => {
      const { app, megan } = await fixture();
      const res = await list(app, megan, filter);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toContain(`Unsupported $filter expression`);
      expect(res.body.error.message).toContain(named);
    });

    it("rejects a filter nested deeper than 32 parentheses, quickly", async () => {
      const { app, megan } = await fixture();
      const res = await list(app, megan, `${"(".repeat(33)}topic eq 'x'${")".repeat(33)}`);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/nested more than 32/);
      expect((await list(app, megan, `${"(".repeat(32)}topic eq '(('${")".repeat(32)}`)).status).toBe(200);
    });

    it("rejects a filter that does not parse", async () => {
      const { app, megan } = await fixture();
      const res = await list(app, megan, "topic eq");
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/Invalid \$filter/);
    });
  });

  describe("$orderby", () => {
    it("orders by the last message's time, chats without messages last", async () => {
      const app = clockedApp();
      const token = await userToken(USERS.megan);
      const a = await createGroup(app, token, "a");
      const b = await createGroup(app, token, "b");
      const c = await createGroup(app, token, "c");
      await request(app)
        .post(`/v1.0/chats/${a}/messages`)
        .set(bearer(token))
        .send({ body: { content: "first" } })
        .expect(201);
      await request(app)
        .post(`/v1.0/chats/${b}/messages`)
        .set(bearer(token))
        .send({ body: { content: "second" } })
        .expect(201);
      // A topic change moves `a` up by last update but not by last message.
      await request(app).patch(`/v1.0/chats/${a}`).set(bearer(token)).send({ topic: "a2" }).expect(200);
      const byMessage = await request(app).get("/v1.0/chats?$orderby=lastMessagePreview/createdDateTime desc").set(bearer(token));
      expect(byMessage.body.value.map((x: { id: string }) => x.id)).toEqual([b, a, c]);
      const byUpdate = await request(app).get("/v1.0/chats?$orderby=lastUpdatedDateTime desc").set(bearer(token));
      expect(byUpdate.body.value.map((x: { id: string }) => x.id)).toEqual([a, b, c]);
      const paged = await allPages(
        app,
        token,
        `/v1.0/chats?$top=1&$orderby=${encodeURIComponent("lastMessagePreview/createdDateTime desc")}`,
      );
      expect(paged.ids).toEqual([b, a, c]);
    });

    it("rejects other orders", async () => {
      const res = await request(testApp())
        .get("/v1.0/chats?$orderby=topic")
        .set(bearer(await userToken(USERS.megan)));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/\$orderby/);
    });
  });

  it("shows hidden chats with viewpoint.isHidden true", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    const id = await createGroup(app, token, "hide me");
    await request(app)
      .post(`/v1.0/chats/${id}/hideForUser`)
      .set(bearer(token))
      .send({ user: { id: USERS.megan } })
      .expect(204);
    const res = await request(app).get("/v1.0/chats").set(bearer(token));
    expect(res.body.value[0]).toMatchObject({ id, viewpoint: { isHidden: true } });
    const lynne = await request(app)
      .get("/v1.0/chats")
      .set(bearer(await userToken(USERS.lynne)));
    expect(lynne.body.value[0].viewpoint.isHidden).toBe(false);
  });

  it("needs a delegated token", async () => {
    const res = await request(testApp())
      .get("/v1.0/chats")
      .set(bearer(await appToken(["Chat.Read.All"])));
    expectGraphError(res, 403, "Forbidden");
  });

  it.each(["Chat.ReadBasic", "Chat.Read", "Chat.ReadWrite"])("accepts the scope %s", async (scope) => {
    expect(
      (
        await request(testApp())
          .get("/v1.0/chats")
          .set(bearer(await userToken(USERS.megan, scope)))
      ).status,
    ).toBe(200);
  });

  it("forbids a token without a chat read scope", async () => {
    expectGraphError(
      await request(testApp())
        .get("/v1.0/chats")
        .set(bearer(await userToken(USERS.megan, "Chat.Create"))),
      403,
      "Forbidden",
    );
  });
});

describe("listMyChats", () => {
  it("lists the same chats as GET /chats, with its own next links", async () => {
    const app = clockedApp();
    const token = await userToken(USERS.megan);
    for (let i = 0; i < 3; i++) await createGroup(app, token, `c${i}`);
    const chats = await allPages(app, token, "/v1.0/chats?$top=2");
    const mine = await allPages(app, token, "/v1.0/me/chats?$top=2");
    expect(mine.ids).toEqual(chats.ids);
    expect(mine.links[0]).toMatch(/\/v1\.0\/me\/chats\?\$top=2&\$skiptoken=/);
  });

  it("answers 400 to an application token: /me needs a signed-in user", async () => {
    const res = await request(testApp())
      .get("/v1.0/me/chats")
      .set(bearer(await appToken(["Chat.Read.All"])));
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/delegated/);
  });
});

describe("listUserChats", () => {
  // chat-list.md: the collection is `$metadata#chats` whoever's it is; an application has no viewpoint.
  it("lets an application list any user's chats, without a viewpoint", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const id = await createGroup(app, megan, "seen by app");
    await request(app)
      .post(`/v1.0/chats/${id}/hideForUser`)
      .set(bearer(await userToken(USERS.lynne)))
      .send({ user: { id: USERS.lynne } })
      .expect(204);
    const res = await request(app)
      .get(`/v1.0/users/${USERS.lynne}/chats`)
      .set(bearer(await appToken(["Chat.ReadBasic.All"])));
    expect(res.status).toBe(200);
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#chats$/);
    expect(res.body["@odata.count"]).toBe(1);
    expect(res.body.value).toHaveLength(1);
    expect(res.body.value[0].viewpoint).toBeNull();
    // The same list for Lynne herself shows her viewpoint.
    const own = await request(app)
      .get(`/v1.0/users/${USERS.lynne}/chats`)
      .set(bearer(await userToken(USERS.lynne)));
    expect(own.body.value[0].viewpoint.isHidden).toBe(true);
  });

  it("accepts the user's principal name", async () => {
    const app = clockedApp();
    await createGroup(app, await userToken(USERS.megan), "by upn");
    const res = await request(app)
      .get("/v1.0/users/LynneR@contoso.com/chats")
      .set(bearer(await appToken(["Chat.Read.All"])));
    expect(res.body.value).toHaveLength(1);
  });

  it("lets a signed-in user list their own chats but not someone else's", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    await createGroup(app, megan, "own");
    expect((await request(app).get(`/v1.0/users/${USERS.megan}/chats`).set(bearer(megan))).body.value).toHaveLength(1);
    expectGraphError(await request(app).get(`/v1.0/users/${USERS.lynne}/chats`).set(bearer(megan)), 403, "Forbidden");
  });

  it("answers 404 for an unknown user", async () => {
    const res = await request(testApp())
      .get("/v1.0/users/nobody@contoso.com/chats")
      .set(bearer(await appToken(["Chat.Read.All"])));
    expectGraphError(res, 404, "NotFound");
  });

  it("forbids an application without a chat read permission", async () => {
    const res = await request(testApp())
      .get(`/v1.0/users/${USERS.megan}/chats`)
      .set(bearer(await appToken(["Chat.Create"])));
    expectGraphError(res, 403, "Forbidden");
  });

  it("pages a user's chats for an application", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push(await createGroup(app, megan, `c${i}`));
    const { ids } = await allPages(app, await appToken(["Chat.Read.All"]), `/v1.0/users/${USERS.megan}/chats?$top=2`);
    expect(ids).toEqual([...created].reverse());
  });
});

describe("listChats: Round 2 (chat-list.md)", () => {
  const list = (app: App, token: string, filter: string) =>
    request(app)
      .get(`/v1.0/me/chats?$filter=${encodeURIComponent(filter)}`)
      .set(bearer(token));

  it("counts every matching chat in @odata.count, on every page", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    for (let i = 0; i < 5; i++) await createGroup(app, megan, i % 2 ? "odd" : "even");
    await createGroup(app, await userToken(USERS.jacob), "not Megan's", [USERS.jacob, USERS.alex]);
    const first = await request(app).get("/v1.0/me/chats?$top=2").set(bearer(megan));
    expect(first.body["@odata.count"]).toBe(5);
    expect(first.body.value).toHaveLength(2);
    const next = new URL(first.body["@odata.nextLink"] as string);
    const second = await request(app)
      .get(next.pathname + next.search)
      .set(bearer(megan));
    expect(second.body["@odata.count"]).toBe(5);
    const filtered = await request(app)
      .get(`/v1.0/me/chats?$top=1&$filter=${encodeURIComponent("topic eq 'even'")}`)
      .set(bearer(megan));
    expect(filtered.body["@odata.count"]).toBe(3);
    expect(filtered.body.value).toHaveLength(1);
  });

  it("names the expanded members in the contexts: chats(members()) and each chat's members@odata.context", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const id = await createGroup(app, megan, "expanded");
    const res = await request(app).get(`/v1.0/users/${USERS.megan}/chats?$expand=members`).set(bearer(megan));
    expect(res.status).toBe(200);
    expect(res.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#chats\(members\(\)\)$/);
    expect(res.body.value[0]["members@odata.context"]).toMatch(
      new RegExp(`/v1\\.0/\\$metadata#chats\\('${encodeURIComponent(id).replace(/%/g, "%")}'\\)/members$`),
    );
    expect(res.body.value[0].members).toHaveLength(2);
    const one = await request(app).get(`/v1.0/chats/${id}?$expand=members`).set(bearer(megan));
    expect(one.body["@odata.context"]).toMatch(/\/v1\.0\/\$metadata#chats\(members\(\)\)\/\$entity$/);
    // Each request through supertest has its own port, so compare the links without their origin.
    const path = (link: string) => new URL(link).pathname + new URL(link).hash;
    expect(path(one.body["members@odata.context"] as string)).toBe(path(res.body.value[0]["members@odata.context"] as string));
  });

  it("filters by a member's display name, with any lambda variable and as chat-list.md spells it", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    const withLynne = await createGroup(app, megan, "with Lynne");
    const withAlex = await createGroup(app, megan, "with Alex", [USERS.megan, USERS.alex]);
    for (const filter of ["members/any(o: o/displayname eq 'Lynne Robbins')", "members/any(x:x/displayName eq 'lynne robbins')"]) {
      const res = await list(app, megan, filter);
      expect([filter, res.status]).toEqual([filter, 200]);
      expect(res.body.value.map((c: { id: string }) => c.id)).toEqual([withLynne]);
      expect(res.body["@odata.count"]).toBe(1);
    }
    const nobody = await list(app, megan, "members/any(o: o/displayname eq 'Nobody At All')");
    expect(nobody.body.value).toEqual([]);
    expect(
      (await list(app, megan, "members/any(m: m/userId eq '" + USERS.alex + "')")).body.value.map((c: { id: string }) => c.id),
    ).toEqual([withAlex]);
  });

  it("filters by an installed app: none here, since apps cannot be installed", async () => {
    const app = clockedApp();
    const megan = await userToken(USERS.megan);
    await createGroup(app, megan, "no apps");
    const res = await list(app, megan, "installedApps/any(a:a/teamsApp/id eq '7a3fdd3b-bfa9-4faa-aa4e-5e62e9e6a1df')");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ "@odata.count": 0, value: [] });
  });
});
