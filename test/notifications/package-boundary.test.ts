// graph-chat-contract/notifications is installed by receivers that never run the server: it may
// import only node built-ins, jose, its own files and src/shared — never src/server or express —
// and the contract's generated types, which are types only (nothing of them is loaded at run time).
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../../src/client/notifications/", import.meta.url));

describe("the notifications entry's imports", () => {
  it("reach only node built-ins, jose, its own folder, src/shared and (as types) the generated schema", async () => {
    const files = (await readdir(folder)).filter((name) => name.endsWith(".ts"));
    expect(files).toContain("index.ts");
    const specifiers: string[] = [];
    for (const file of files) {
      const text = await readFile(`${folder}${file}`, "utf8");
      for (const match of text.matchAll(/^(?:import|export)(\s+type)?\b[^;]*?\bfrom\s+"([^"]+)"/gms)) {
        const specifier = match[2] ?? "";
        if (!(match[1] && specifier === "../../../generated/schema.js")) specifiers.push(specifier);
      }
    }
    expect(specifiers.length).toBeGreaterThan(0);
    const foreign = specifiers.filter(
      (s) => !(s.startsWith("node:") || s === "jose" || s.startsWith("./") || s.startsWith("../../shared/")),
    );
    expect(foreign).toEqual([]);
  });
});
