// graph-chat-contract/notifications is installed by receivers that never run the server: it may
// import only node built-ins, jose, its own files and src/shared — never src/server or express.
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../../src/client/notifications/", import.meta.url));

describe("the notifications entry's imports", () => {
  it("reach only node built-ins, jose, its own folder and src/shared", async () => {
    const files = (await readdir(folder)).filter((name) => name.endsWith(".ts"));
    expect(files).toContain("index.ts");
    const specifiers: string[] = [];
    for (const file of files) {
      const text = await readFile(`${folder}${file}`, "utf8");
      for (const match of text.matchAll(/\bfrom\s+"([^"]+)"/g)) specifiers.push(match[1] ?? "");
    }
    expect(specifiers.length).toBeGreaterThan(0);
    const foreign = specifiers.filter(
      (s) => !(s.startsWith("node:") || s === "jose" || s.startsWith("./") || s.startsWith("../../shared/")),
    );
    expect(foreign).toEqual([]);
  });
});
