import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

const read = (line: string) =>
  readAttendanceLine(line, "present").map((p) => [p.honorific, p.name]);

describe("people after a group's label", () => {
  it("reads the member after a party's label, the party no name (unseen-minutes-8/67)", () => {
    expect(
      read("Labour:                     Cllr Afsana Rowntree (Chair) (LB Tower Hamlets)"),
    ).toEqual([["Cllr", "Afsana Rowntree"]]);
    expect(read("Liberal Democrat:           Cllr Sorcha Penhallow (LB Sutton)")).toEqual([
      ["Cllr", "Sorcha Penhallow"],
    ]);
    expect(read("Partners:                   Magnus Oduya-Fleet (MOPAC)")).toEqual([
      [null, "Magnus Oduya-Fleet"],
    ]);
  });

  it("reads several people after the label on one line (layout-variants-8a/01)", () => {
    expect(
      read("Labour: Cllr Tobiah Mensah-Quill (Camden), Cllr Ysolde Barrington (Brent)"),
    ).toEqual([
      ["Cllr", "Tobiah Mensah-Quill"],
      ["Cllr", "Ysolde Barrington"],
    ]);
  });

  it("leaves a person and their post parted by a colon to the readers of entries", () => {
    expect(read("Sophie Linden: Deputy Mayor for Policing and Crime")).toEqual([
      [null, "Sophie Linden"],
    ]);
  });

  it("reads a list of members grouped by party", () => {
    const text = [
      "LONDON CRIME REDUCTION BOARD",
      "",
      "Minutes of the meeting held on Thursday 6th March 2025 at 11:30am",
      "",
      "Present:",
      "",
      "Labour:                     Cllr Afsana Rowntree (Chair) (LB Tower Hamlets)",
      "                            Cllr Desmond Achterberg (LB Ealing)",
      "Conservative:               Cllr Barnaby Fortescue-Hale (LB Bexley)",
      "Liberal Democrat:           Cllr Sorcha Penhallow (LB Sutton)",
      "",
      "1.   Apologies for absence",
      "",
      "None.",
    ].join("\n");
    expect(parseMinutes(text, "lcrb.txt").meeting?.attendees.map((a) => a.name)).toEqual([
      "Afsana Rowntree",
      "Desmond Achterberg",
      "Barnaby Fortescue-Hale",
      "Sorcha Penhallow",
    ]);
  });
});
