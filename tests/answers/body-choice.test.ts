import { describe, expect, it } from "vitest";
import { bodyChoice } from "../../src/answers/body-choice.js";
import type { Attendee, Meeting } from "../../src/corpus/model.js";

function line(id: string, date: string, organisation: string, role: string | null = null) {
  const meeting = { id, body: "LCRB", date } as Meeting;
  const attendee: Attendee = {
    name: "Lionel Idan",
    status: "present",
    honorific: null,
    role,
    organisation,
    line: 1,
  };
  return { meeting, attendee };
}

// Lionel Idan's lines: 001_c2fb2c5d5dd83175.txt:63 "Lionel Idan, Crown Prosecution Service";
// 003_0417dfde59a34df8.txt:29 "Lionel Idan (LI) Chief Crown Prosecutor, CPS";
// 002_0368bc6123038781.txt:161 "Lionel Idan, CPS South".
const LINES = [
  line("lcrb-2021-02-02", "2021-02-02", "Crown Prosecution Service"),
  line("lcrb-2022-04-27", "2022-04-27", "CPS", "Chief Crown Prosecutor"),
  line("lcrb-2023-04-12", "2023-04-12", "CPS South"),
];
const KNOWN = ["CPS South", "CPS North", "Crown Prosecution Service"];

describe("bodyChoice", () => {
  it("answers which of two bodies the lines write, a one-word second sharing the first's head", () => {
    const choice = bodyChoice(
      "Lionel Idan",
      LINES,
      ["cps south", "north"],
      "is lionel idan cps south or north?",
      KNOWN,
    );
    expect(choice).toEqual({
      title: "cps south: Lionel Idan is listed as CPS South at LCRB, 12 April 2023",
      meetings: ["lcrb-2023-04-12"],
    });
  });

  it("reads a body by its other names when no line writes either", () => {
    const choice = bodyChoice(
      "Lionel Idan",
      LINES.slice(0, 1),
      ["cps", "hmcts"],
      "cps or hmcts",
      KNOWN,
    );
    expect(choice.title).toBe(
      "cps: Lionel Idan is listed as Crown Prosecution Service at LCRB, 2 February 2021",
    );
  });

  it("says neither when no line gives either body", () => {
    expect(bodyChoice("Lionel Idan", LINES, ["mopac", "yjb"], "mopac or yjb", KNOWN).title).toBe(
      "Neither: Lionel Idan is not listed with mopac or yjb",
    );
  });
});
