import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The layering README's "How the code is laid out" describes, checked on every file of src/:
// dependencies point one way, and a face's renderer can be used by another face because it
// imports nothing but answers/.

const SRC = "src";

const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.split("\\").join("/"));

/** What a file imports: other src files (relative to src/, without ".js") and packages. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(join(SRC, file), "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"/g)]
    .map((m) => m[1] ?? "")
    .concat([...text.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1] ?? ""));
  const local = specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => relative(SRC, normalize(join(SRC, dirname(file), s))).replace(/\.js$/, ""));
  const packages = specifiers.filter((s) => !s.startsWith(".") && !s.startsWith("node:"));
  return { local, packages };
}

const FACES = ["slack/", "console/", "cli/", "cli", "mcp/", "main"];
const isFace = (module: string) =>
  FACES.some((face) => (face.endsWith("/") ? module.startsWith(face) : module === face));

// Below the faces: everything a face builds on.
const BELOW_FACES = ["config", "errors", "corpus/", "search/", "answers/", "store/", "calendar/"];

describe("layers", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.filter((file) => BELOW_FACES.some((layer) => file.startsWith(layer))))(
    "%s imports no face and no Slack package",
    (file) => {
      const { local, packages } = importsOf(file);
      expect(local.filter(isFace)).toEqual([]);
      expect(packages.filter((p) => p.startsWith("@slack/"))).toEqual([]);
    },
  );

  it.each(["corpus/", "search/"])("%s imports nothing from answers/", (layer) => {
    for (const file of files.filter((f) => f.startsWith(layer)))
      expect(
        importsOf(file).local.filter((m) => m.startsWith("answers/")),
        file,
      ).toEqual([]);
  });

  it.each(["slack/blocks/mrkdwn.ts", "slack/blocks/escape.ts", "console/terminal.ts"])(
    "the renderer %s, which other faces use, imports only answers/ and its own folder",
    (file) => {
      const { local, packages } = importsOf(file);
      const folder = dirname(file);
      expect(packages).toEqual([]);
      expect(
        local.filter(
          (m) => !m.startsWith("answers/") && dirname(m) !== folder && m !== "search/types",
        ),
      ).toEqual([]);
    },
  );

  it("builds the JSON of an answer from answers/ and the faces' renderers only", () => {
    const { local, packages } = importsOf("cli/json/answer.ts");
    expect(packages).toEqual([]);
    expect(local.filter((m) => !m.startsWith("answers/")).sort()).toEqual([
      "console/terminal",
      "slack/blocks/mrkdwn",
    ]);
  });
});
