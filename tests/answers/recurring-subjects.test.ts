import { describe, expect, it } from "vitest";
import { recurringSubjects } from "../../src/answers/recurring-subjects.js";
import type { AgendaItem, Meeting } from "../../src/corpus/model.js";
import { dmg2020, lcrb2022, lcrb2023 } from "./fixtures.js";

// Agenda titles as the seed minutes write them, on the fixtures' meetings.
function titled(meeting: Meeting, titles: string[]): Meeting {
  const items: AgendaItem[] = titles.map((title, i) => ({
    number: String(i + 1),
    title,
    line: 10 + i,
    passages: [],
  }));
  return { ...meeting, items };
}

const dmg = titled(dmg2020, [
  "Welcome, Minutes and Actions",
  "Police and Crime Plan",
  "Any Other Business",
]);
const april2022 = titled(lcrb2022, [
  "Minutes of the previous meeting and matters arising",
  "Operational update",
  "Police and Crime Plan: update",
  "Any other business",
]);
const april2023 = titled(lcrb2023, [
  "Welcome, minutes and previous actions",
  "Tackling ethnic disproportionality in the Youth Action Plan",
  "Disproportionality",
]);

describe("recurringSubjects", () => {
  it("names the words titles share at several meetings, as most titles write them", () => {
    const [plan] = recurringSubjects([april2022, dmg]);
    expect(plan?.name).toBe("Police and Crime Plan");
    expect(plan?.meetings.map((m) => m.id)).toEqual(["dmg-2020-06-08", "lcrb-2022-04-27"]);
  });

  it("leaves out the items every meeting has and a shared word of form like 'update'", () => {
    const names = recurringSubjects([dmg, april2022, april2023]).map((s) => s.name);
    expect(names).toEqual(["Police and Crime Plan"]);
  });

  it("counts one word when it is a whole title's subject, but only across meetings", () => {
    // Both disproportionality items are at one meeting here: not a subject that comes back.
    expect(recurringSubjects([april2023]).map((s) => s.name)).toEqual([]);
    const earlier = titled(lcrb2022, [
      "Tackling ethnic disproportionality in the Youth Action Plan",
    ]);
    const [subject] = recurringSubjects([earlier, titled(lcrb2023, ["Disproportionality"])]);
    expect(subject?.name).toBe("Disproportionality");
  });
});
