import { describe, expect, it } from "vitest";
import { docxToMinutesText } from "../../src/import/docx.js";
import { minutesDocx } from "./docx-fixtures.js";

const refusal = (bytes: Uint8Array) =>
  docxToMinutesText(bytes).then(
    () => null,
    (error: { code: string }) => error.code,
  );

describe("docxToMinutesText", () => {
  it("reads paragraphs as lines and a table's rows as tab-separated cells", async () => {
    const text = await docxToMinutesText(
      minutesDocx([
        { bold: "London Crime Reduction Board" },
        "Minutes of Meeting",
        "Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA",
        { bold: "Present" },
        {
          table: [
            ["Mayor Boris Johnson", "Chair"],
            ["Helen Bailey", "COO, MOPAC"],
          ],
        },
        "ITEM 1. Welcome and Introductions",
        "The Chair, Mayor Johnson welcomed the Board members & opened the meeting.",
      ]),
    );
    expect(text).toBe(
      [
        "London Crime Reduction Board",
        "",
        "Minutes of Meeting",
        "",
        "Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA",
        "",
        "Present",
        "",
        "Mayor Boris Johnson\tChair",
        "Helen Bailey\tCOO, MOPAC",
        "",
        "ITEM 1. Welcome and Introductions",
        "",
        "The Chair, Mayor Johnson welcomed the Board members & opened the meeting.",
      ].join("\n"),
    );
  });

  it("refuses a password-protected Word file, which Office stores as a compound file", async () => {
    const compound = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal(compound)).toBe("encrypted");
  });

  it("refuses bytes that are not a Word file", async () => {
    expect(await refusal(new TextEncoder().encode("not a zip"))).toBe("unreadable");
  });
});
