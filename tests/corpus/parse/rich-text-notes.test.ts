import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";
import { itemsInRichText } from "../../../src/corpus/parse/rich-text-notes.js";

// unseen-minutes-9/76: a SharePoint list item's notes kept as rich text on one line.
const NOTES =
  'Notes: <div class="ExternalClass4F2B9C17D0A84E1BB5E2A1C6D7F3E9A0"><p><strong>1. Actions log</strong></p><p>Actions 405 to 409 closed. Action 410 (youth diversion data) carried forward.</p><p><strong>2. Serious violence dashboard</strong></p><p>Lachlan demonstrated the new dashboard. Rhiannon asked for a borough filter so that community safety partnerships could use it for their strategic assessments.</p><p><strong>4. AOB</strong></p><p>None.</p></div>';

describe("itemsInRichText", () => {
  it("opens an item at each bold numbered paragraph, the paragraphs after it its lines", () => {
    const items = itemsInRichText(toTextLines(`Title: DMG 22 October 2025\n${NOTES}`));
    expect(items.map((i) => [i.number, i.title, i.line, i.lines.map((l) => l.text)])).toEqual([
      [
        "1",
        "Actions log",
        2,
        ["Actions 405 to 409 closed. Action 410 (youth diversion data) carried forward."],
      ],
      [
        "2",
        "Serious violence dashboard",
        2,
        [
          "Lachlan demonstrated the new dashboard. Rhiannon asked for a borough filter so that community safety partnerships could use it for their strategic assessments.",
        ],
      ],
      ["4", "AOB", 2, ["None."]],
    ]);
  });

  it("reads no items from rich text without numbered bold paragraphs, nor from one alone", () => {
    expect(
      itemsInRichText(toTextLines("Notes: <p>The Chair <strong>welcomed</strong> members.</p>")),
    ).toEqual([]);
    expect(
      itemsInRichText(toTextLines("Notes: <p><strong>1. Welcome</strong></p><p>Hello.</p>")),
    ).toEqual([]);
  });

  it("gives a record with no item of its own the notes' items and their text", () => {
    const meeting = parseMinutes(
      [
        "Meeting Records - DMG",
        "",
        "Title: DMG 22 October 2025",
        "Meeting Date: 22/10/2025 14:00",
        NOTES,
      ].join("\n"),
      "76.txt",
    ).meeting;
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Actions log"],
      ["2", "Serious violence dashboard"],
      ["4", "AOB"],
    ]);
    expect(meeting?.items[1]?.passages[0]?.text).toMatch(/^Lachlan demonstrated the new dashboard/);
  });
});
