import { describe, expect, it } from "vitest";
import {
  bodiesNamed,
  bodyKindAsked,
} from "../../../../src/answers/query/executors/bodies-named.js";
import type { Meeting } from "../../../../src/corpus/model.js";

// Real passages: 001_c2fb2c5d5dd83175.txt line 123 (item 5 Any other business) and
// 002_0368bc6123038781.txt line 103 (item 2 Casey Review).
const meeting = (id: string, text: string, line: number): Meeting => ({
  id,
  file: `${id}.txt`,
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: id.slice(5),
  time: null,
  venue: null,
  attendees: [],
  items: [{ number: "1", title: "Item", line: line - 2, passages: [{ text, line }] }],
  actions: [],
  nextMeetings: [],
  decisions: [],
  commitments: [],
  source: null,
});
const AOB_2021 = meeting(
  "lcrb-2021-02-02",
  "The governance reforms of the LCRB and LCJB was discussed. Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.",
  123,
);
const CASEY_2023 = meeting(
  "lcrb-2023-04-12",
  "The Mayor and DMPC advised that MOPAC accept the recommendations and are responding to them. MOPAC are in the process of developing the new London Policing Board and will update partners once decisions have been made about its structure. The agenda for the July 8 London Crime Reduction Board was agreed.",
  103,
);

describe("bodyKindAsked", () => {
  it.each([
    [["new", "boards"], "Board"],
    [["boards"], "Board"],
    [["working", "groups"], null],
    [["fraud"], null],
  ])("reads %j as asking the names of a kind of body: %s", (subject, kind) => {
    expect(bodyKindAsked(subject)).toBe(kind);
  });
});

describe("bodiesNamed", () => {
  it("gives the boards the minutes name, each once, not the minutes' own board", () => {
    expect(bodiesNamed([AOB_2021], "Board").map((b) => b.name)).toEqual([
      "Efficiency Board",
      "Safer Streets Board",
    ]);
    expect(bodiesNamed([CASEY_2023], "Board").map((b) => b.name)).toEqual([
      "London Policing Board",
    ]);
    expect(bodiesNamed([CASEY_2023], "Board")[0]?.line).toBe(103);
  });
});
