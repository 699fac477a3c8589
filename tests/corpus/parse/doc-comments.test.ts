import { describe, expect, it } from "vitest";
import { withoutDocComments } from "../../../src/corpus/parse/doc-comments.js";

// The lines of unseen-minutes-9/71, a Google Docs document saved as plain text.
const EXPORT = [
  "Attendees: Sadia Farouk-Lindqvist (MOPAC, chair)[a], Commander Piers Oyelowo-Banks (MPS), Dr Emeka Thorsby (NHS England London)[b]",
  "Apologies: Tobias Rennard-Oke (CPS London)[c]; Cllr Wilfred Naismith (London Councils)",
  "",
  "2. Summer violence plan[d]",
  "☐ London Councils to confirm which boroughs will fund extra youth outreach in August[e]",
  "",
  "[a]Is Sadia chairing as Deputy Mayor or for MOPAC? Check how we usually write it.",
  "[b]Emeka joined for item 2 only - do we note that?",
  "_Marked as resolved_",
  "[c]Tobias said Rahim might come instead but he didn't join in the end.",
  '[d]Title on the agenda was "Summer plan 2025" - keep this one?',
  "[e]@ines.marchetti-obi@london.gov.uk can you chase Wilfred's office on this?",
  "_Assigned to Ines Marchetti-Obi_",
].join("\n");

describe("withoutDocComments: a Google Docs export's comments (unseen-minutes-9/71)", () => {
  it("takes the markers out of names and titles and leaves the threads blank, line for line", () => {
    expect(withoutDocComments(EXPORT).split("\n")).toEqual([
      "Attendees: Sadia Farouk-Lindqvist (MOPAC, chair), Commander Piers Oyelowo-Banks (MPS), Dr Emeka Thorsby (NHS England London)",
      "Apologies: Tobias Rennard-Oke (CPS London); Cllr Wilfred Naismith (London Councils)",
      "",
      "2. Summer violence plan",
      "☐ London Councils to confirm which boroughs will fund extra youth outreach in August",
      "",
      ...Array(7).fill(""),
    ]);
  });

  it("reads a marker at a sentence's end and on the next meeting's line (layout-variants-9b/91)", () => {
    const text =
      "Hedda said probation was seeing more young adults recruited as runners after release.[a]\nNext meeting: Tue 11 Nov 2025, 10am, Room 4.02, 169 Union Street[b]\n\n[a]Do we have a figure for this?\n_Reopened_\n[b]Room may change - Facilities to confirm.";
    expect(withoutDocComments(text).split("\n").slice(0, 2)).toEqual([
      "Hedda said probation was seeing more young adults recruited as runners after release.",
      "Next meeting: Tue 11 Nov 2025, 10am, Room 4.02, 169 Union Street",
    ]);
  });

  it("leaves a text alone whose lettered lines anchor nothing above, or are out of order", () => {
    const list = "Options considered:\n[a]Close the unit\n[b]Merge it with the VRU";
    expect(withoutDocComments(list)).toBe(list);
    const outOfOrder = "Chair (MOPAC)[a] and Dr Lee[c]\n\n[a]Check.\n[c]Check too.";
    expect(withoutDocComments(outOfOrder)).toBe(outOfOrder);
  });
});

describe("a lettered note in the minutes' own run is no comment thread (review 4 C4)", () => {
  // Ordinary minutes with one lettered note mid-way, its marker anchored in the line above it.
  const FOOTNOTED = [
    "2. Knife crime",
    "The board noted the latest knife crime figures[a] and the summer plan.",
    "Action: MOPAC to circulate the summer plan.",
    "",
    "[a]Source: MPS Crime Data Dashboard, March 2023.",
    "",
    "3. Tackling fraud",
    "The board discussed fraud.",
    "Action: MPS to share the fraud figures.",
    "Date of next meeting: 14 January 2024",
  ].join("\n");

  it("removes nothing when the minutes go on after the note", () => {
    expect(withoutDocComments(FOOTNOTED)).toBe(FOOTNOTED);
  });

  it("removes nothing when a heading or an action follows the note straight under it", () => {
    const numbered = FOOTNOTED.replace("2023.\n\n3.", "2023.\n3.");
    expect(withoutDocComments(numbered)).toBe(numbered);
    const action = "Figures noted[a].\n[a]Source: MPS data.\nAction: MPS to share the figures.";
    expect(withoutDocComments(action)).toBe(action);
  });

  it("still takes threads with replies and states at the end of the text", () => {
    const text =
      "2. Summer violence plan[a]\nThe board agreed the plan.[b]\n\n[a]Keep this title?\nYes, it is the agenda's.\n_Marked as resolved_\n[b]Who proposed it?";
    expect(withoutDocComments(text).split("\n")).toEqual([
      "2. Summer violence plan",
      "The board agreed the plan.",
      ...Array(5).fill(""),
    ]);
  });
});
