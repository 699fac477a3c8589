import { describe, expect, it } from "vitest";
import type { Attendee } from "../../../src/corpus/model.js";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { withAttendees } from "../../../src/corpus/parse/attendee-list.js";

describe("withAttendees", () => {
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
    const added = withAttendees(listed, [{ people, line: 41 }], true);
    expect(added.map((a) => [a.name, a.line])).toEqual([
      ["Jas Athwal", 35],
      ["Frank Osborne", 41],
      ["Imogen Lake", 41],
    ]);
  });

  it("keeps a name listed twice once", () => {
    const list = withAttendees(
      withAttendees(
        [],
        [{ people: readAttendanceLine("Doug Flight, London Councils", "present"), line: 1 }],
      ),
      [{ people: readAttendanceLine("Doug Flight\tLondon Councils", "in_attendance"), line: 5 }],
    );
    expect(list).toHaveLength(1);
  });
});
