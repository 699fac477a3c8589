import { describe, expect, it } from "vitest";
import type { Attendee } from "../../../src/corpus/model.js";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { addAttendees } from "../../../src/corpus/parse/attendee-list.js";

describe("addAttendees", () => {
  it("adds no one already listed (matched by surname) and adds the rest", () => {
    const listed: Attendee[] = [
      {
        name: "Jas Athwal",
        honorific: "Cllr",
        status: "apologies",
        role: null,
        organisation: null,
        line: 35,
      },
    ];
    const people = readApologiesSentence(
      "Apologies were received from Councillor Athwal, Frank Osborne and Dr Imogen Lake.",
    ).map((p) => ({ ...p, status: "apologies" as const }));
    addAttendees(listed, people, 41, true);
    expect(listed.map((a) => [a.name, a.line])).toEqual([
      ["Jas Athwal", 35],
      ["Frank Osborne", 41],
      ["Imogen Lake", 41],
    ]);
  });

  it("keeps a name listed twice once", () => {
    const list: Attendee[] = [];
    addAttendees(list, readAttendanceLine("Doug Flight, London Councils", "present"), 1);
    addAttendees(list, readAttendanceLine("Doug Flight\tLondon Councils", "in_attendance"), 5);
    expect(list).toHaveLength(1);
  });
});
