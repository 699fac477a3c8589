import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { readInitialsKeyRow } from "../../../src/corpus/parse/initials-key.js";

// unseen-minutes-6/47: those present are given by their initials, and a key names them.
const HEAD = [
  "LONDON CRIME REDUCTION BOARD",
  "",
  "Minutes of the meeting held at The Chamber, City Hall on Thursday 7 March 2024 at 10.30am",
  "",
];
const ITEM = [
  "",
  "I.   WELCOME AND APOLOGIES",
  "SO'N welcomed members and noted the apologies above.",
];
const people = (lines: string[]) =>
  parseMinutes(lines.join("\n"), "t.txt").meeting?.attendees.map((a) => [
    a.honorific,
    a.name,
    a.status,
  ]);

describe("readInitialsKeyRow", () => {
  it.each([
    // 47
    [
      "SO'N    Siobhan O'Neill-Price, Deputy Mayor for Policing and Crime",
      "SO'N",
      "Siobhan O'Neill-Price, Deputy Mayor for Policing and Crime",
    ],
    [
      "AD-W    Ade Dunmore-Williams, London Probation Service",
      "AD-W",
      "Ade Dunmore-Williams, London Probation Service",
    ],
    // written otherwise
    [
      "RB = Commander Rupert Balogun, Metropolitan Police Service",
      "RB",
      "Commander Rupert Balogun, Metropolitan Police Service",
    ],
    ["KM\tKatarzyna Mazur (CPS London)", "KM", "Katarzyna Mazur (CPS London)"],
    [
      "TA – Dr Thandiwe Achterberg, NHS England London",
      "TA",
      "Dr Thandiwe Achterberg, NHS England London",
    ],
    [
      "LF: Cllr Lorenzo Fairbairn, London Councils",
      "LF",
      "Cllr Lorenzo Fairbairn, London Councils",
    ],
  ])("reads %j", (text, initials, entry) => {
    expect(readInitialsKeyRow(text)).toEqual({ initials, entry });
  });

  it.each([
    // The letters must fit the name: a body's acronym beside its name is no key to a person.
    ["MPS     Metropolitan Police Service"],
    ["RB      Katarzyna Mazur, CPS London"],
    ["AOB     Any other business"],
    ["KM reported that more defendants were waiting."],
  ])("reads no key row in %j", (text) => {
    expect(readInitialsKeyRow(text)).toBeNull();
  });
});

describe("attendance given by initials, read by their key (unseen-minutes-6/47)", () => {
  describe("as round 6 writes it", () => {
    it("names each person the initials stand for, with the status of the label they stand under", () => {
      expect(
        people([
          ...HEAD,
          "Present: SO'N (Chair), RB, KM, AD-W",
          "In attendance: JQ (secretariat)",
          "Apologies: HP, MW",
          "",
          "Key to initials",
          "SO'N    Siobhan O'Neill-Price, Deputy Mayor for Policing and Crime",
          "RB      Commander Rupert Balogun, Metropolitan Police Service",
          "KM      Katarzyna Mazur, CPS London",
          "AD-W    Ade Dunmore-Williams, London Probation Service",
          "JQ      Jemima Quartey, MOPAC",
          "HP      Hamish Pettigrew, HM Courts & Tribunals Service",
          "MW      Cllr Mariam Wahid, London Councils",
          ...ITEM,
        ]),
      ).toEqual([
        [null, "Siobhan O'Neill-Price", "present"],
        ["Commander", "Rupert Balogun", "present"],
        [null, "Katarzyna Mazur", "present"],
        [null, "Ade Dunmore-Williams", "present"],
        [null, "Jemima Quartey", "in_attendance"],
        [null, "Hamish Pettigrew", "apologies"],
        ["Cllr", "Mariam Wahid", "apologies"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it("reads a key above the list, written 'RB = Name, Body', and initials parted by semicolons and 'and'", () => {
      expect(
        people([
          ...HEAD,
          "Key:",
          "RB = Commander Rupert Balogun, Metropolitan Police Service",
          "KM = Katarzyna Mazur, CPS London",
          "HP = Hamish Pettigrew, HMCTS",
          "",
          "Present: RB; KM",
          "Apologies: HP",
          ...ITEM,
        ]),
      ).toEqual([
        ["Commander", "Rupert Balogun", "present"],
        [null, "Katarzyna Mazur", "present"],
        [null, "Hamish Pettigrew", "apologies"],
      ]);
    });

    it("reads initials one a line under the label, the key in a table parted by tabs at the end", () => {
      expect(
        people([
          ...HEAD,
          "Present:",
          "RB",
          "KM and TA",
          ...ITEM,
          "",
          "Initials used in these minutes",
          "RB\tCommander Rupert Balogun\tMetropolitan Police Service",
          "KM\tKatarzyna Mazur\tCPS London",
          "TA\tDr Thandiwe Achterberg\tNHS England London",
        ]),
      ).toEqual([
        ["Commander", "Rupert Balogun", "present"],
        [null, "Katarzyna Mazur", "present"],
        ["Dr", "Thandiwe Achterberg", "present"],
      ]);
    });
  });

  describe("left as it was", () => {
    it("invents no one from bodies' acronyms with no key", () => {
      expect(people([...HEAD, "Present: MOPAC, MPS, CPS", ...ITEM])).toEqual([]);
    });

    it("reads initials no key names as no one", () => {
      expect(
        people([...HEAD, "Present: RB, ZZ", "", "RB      Commander Rupert Balogun, MPS", ...ITEM]),
      ).toEqual([["Commander", "Rupert Balogun", "present"]]);
    });
  });
});

describe("a glossary's rows beside the key to initials (review C11)", () => {
  it("reads no person in an abbreviation spelt out with a hyphened word", () => {
    expect(readInitialsKeyRow("AB = Anti-social Behaviour")).toBeNull();
  });

  it("names the people from the key's rows, not the glossary's", () => {
    expect(
      people([
        ...HEAD,
        "Present: SL (Chair), DC, AB, CW",
        "",
        "Glossary",
        "DC   Detective Constable",
        "AB = Anti-social Behaviour",
        "",
        "Key",
        "AB   Andrew Brown, London Councils",
        "DC   Diane Cole, MPS",
        ...ITEM,
      ])?.map(([, name]) => name),
    ).toEqual(["Diane Cole", "Andrew Brown"]);
  });
});

describe("a key to initials run on in one line (written after round 6)", () => {
  it("reads each entry parted by semicolons after the key's label", () => {
    expect(
      people([
        ...HEAD,
        "Present: RB, KM and TA",
        "Apologies: HP",
        "",
        "Key: RB – Commander Rupert Balogun (MPS); KM – Katarzyna Mazur (CPS London); TA – Dr Thandiwe Achterberg (NHS England London); HP – Hamish Pettigrew (HMCTS)",
        ...ITEM,
      ]),
    ).toEqual([
      ["Commander", "Rupert Balogun", "present"],
      [null, "Katarzyna Mazur", "present"],
      ["Dr", "Thandiwe Achterberg", "present"],
      [null, "Hamish Pettigrew", "apologies"],
    ]);
  });

  it("reads no key in a sentence with semicolons", () => {
    expect(
      people([
        ...HEAD,
        "Present: RB, KM",
        "",
        "Notes: RB presented the figures; KM asked about custody time limits.",
        ...ITEM,
      ]),
    ).toEqual([]);
  });
});
