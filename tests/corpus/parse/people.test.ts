import { describe, expect, it } from "vitest";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";
import {
  isPlausibleName,
  readPerson,
  splitHonorific,
  stripPostNominals,
  takeName,
} from "../../../src/corpus/parse/people.js";
import { brief, people } from "./attendance-line.js";

describe("splitHonorific", () => {
  it.each([
    ["Mayor Boris Johnson", "Mayor", "Boris Johnson"],
    ["Deputy Commissioner Craig Mackey", "Deputy Commissioner", "Craig Mackey"],
    ["Assistant Commissioner Helen Carter", "Assistant Commissioner", "Helen Carter"],
    ["Chief Superintendent Laura Evans", "Chief Superintendent", "Laura Evans"],
    ["Detective Chief Inspector Sarah Quinn", "Detective Chief Inspector", "Sarah Quinn"],
    ["Cllr Lib Peck", "Cllr", "Lib Peck"],
    ["Councillor Athwal", "Councillor", "Athwal"],
    ["Dame Lynne Owens", "Dame", "Lynne Owens"],
    ["Rt Hon Sir John Smith", "Rt Hon Sir", "John Smith"],
    ["Dr. Imogen Lake", "Dr", "Imogen Lake"],
    ["Commander Nick John", "Commander", "Nick John"],
    // A fire service rank is read whole, not as a first name before "Commander" (unseen-minutes-3/22).
    ["Station Commander Fenella Dorrington", "Station Commander", "Fenella Dorrington"],
    ["Sophie Linden", null, "Sophie Linden"],
    ["Mrs Smith", "Mrs", "Smith"],
  ])("splits %j", (text, honorific, rest) => {
    expect(splitHonorific(text)).toEqual({ honorific, rest });
  });
});

describe("stripPostNominals", () => {
  it.each([
    ["Lynne Owens CBE QPM", "Lynne Owens"],
    ["Sir Adrian Cole KC", "Sir Adrian Cole"],
    ["Jane Smith, OBE", "Jane Smith"],
    ["Martin Achterberg CBE", "Martin Achterberg"],
    ["Jane E Garvan", "Jane E Garvan"],
  ])("strips %j to %j", (text, name) => {
    expect(stripPostNominals(text)).toBe(name);
  });
});

describe("takeName: a name with no separator before its description", () => {
  it.each([
    ["Kenneth Adeyemi MOPAC (Chair)", "Kenneth Adeyemi", "MOPAC (Chair)"],
    ["Chief Superintendent Maria Costa MPS", "Chief Superintendent Maria Costa", "MPS"],
    ["Lucy Fairweather Youth Justice Board", "Lucy Fairweather", "Youth Justice Board"],
    [
      "Sophie Linden Deputy Mayor for Policing and Crime",
      "Sophie Linden",
      "Deputy Mayor for Policing and Crime",
    ],
    ["Jane E Garvan MPS", "Jane E Garvan", "MPS"],
    ["Cheryl De Freitas YJB", "Cheryl De Freitas", "YJB"],
    ["Mary Ann Smith MOPAC", "Mary Ann Smith", "MOPAC"],
    ["John Smith Waltham Forest Council", "John Smith", "Waltham Forest Council"],
    ["Tom Ellery HMPPS", "Tom Ellery", "HMPPS"],
  ])("reads %j", (text, name, rest) => {
    expect(takeName(text)).toEqual({ name, rest });
  });

  it.each([["Welcome and apologies"], ["Police and Crime Plan: update"]])(
    "reads no name in %j",
    (text) => {
      expect(takeName(text)).toBeNull();
    },
  );
});

describe("readPerson", () => {
  it("drops bracketed initials, even mistyped (corpus/003 'Will Balakrishnan ((WB)')", () => {
    expect(readPerson("Will Balakrishnan ((WB)", "Director, C&P, MOPAC")).toEqual({
      name: "Will Balakrishnan",
      honorific: null,
      role: "Director, C&P",
      organisation: "MOPAC",
    });
  });

  it("reads a surname written in capitals first as a name is written (unseen-minutes-2/11)", () => {
    expect(readPerson("ASHWORTH, Penelope", "Deputy Mayor for Policing and Crime")?.name).toBe(
      "Penelope Ashworth",
    );
    expect(readPerson("O'DRISCOLL, Aoife", "London Violence Reduction Unit")?.name).toBe(
      "Aoife O'Driscoll",
    );
    expect(readPerson("BRAITHWAITE-JONES, Hugo", "London Probation Service")?.name).toBe(
      "Hugo Braithwaite-Jones",
    );
    expect(readPerson("DE SOUZA, Marcus", "MPS")?.name).toBe("Marcus De Souza");
    expect(readPerson("McALLISTER, Fergus", "MOPAC")?.name).toBe("Fergus McAllister");
    expect(readPerson("van der Berg, Lotte", "London Councils")?.name).toBe("Lotte van der Berg");
    // A body's acronym before the comma is not a surname, nor a whole name before a role.
    expect(readPerson("MOPAC, Jane", "")).toBeNull();
    expect(readPerson("Jane Smith, Chair", "")).toBeNull();
  });

  it("keeps a title written after the comma of 'Surname, Title Given' as the honorific", () => {
    expect(readPerson("HOLLOWAY, Cllr Bernadette", "London Councils")).toMatchObject({
      name: "Bernadette Holloway",
      honorific: "Cllr",
    });
    expect(readPerson("Whitfield, Dr Judith", "NHS England")).toMatchObject({
      name: "Judith Whitfield",
      honorific: "Dr",
    });
  });

  it("reads an abbreviated rank after the comma before one given name (layout-variants-10a/104)", () => {
    expect(readPerson("Marangoni, DCI Piers", "MPS")).toMatchObject({
      name: "Piers Marangoni",
      honorific: "DCI",
    });
    expect(readPerson("Smith, MOPAC", "")).toBeNull();
  });

  it("moves a '(Chair)' written after the name to the role", () => {
    expect(readPerson("Sophie Lindqvist (Chair)", "MOPAC")).toEqual({
      name: "Sophie Lindqvist",
      honorific: null,
      role: "Chair",
      organisation: "MOPAC",
    });
  });

  it("reads 'Surname, Given name' in the order it is spoken (unseen-minutes/02)", () => {
    expect(readPerson("Okonjo, Adaeze", "Chair, MOPAC")).toEqual({
      name: "Adaeze Okonjo",
      honorific: null,
      role: "Chair",
      organisation: "MOPAC",
    });
    expect(readPerson("Mensah-Boateng, Kofi", "Probation Service")?.name).toBe(
      "Kofi Mensah-Boateng",
    );
    // Honours after the comma are not given names.
    expect(readPerson("Lynne Owens, CBE", "MPS")?.name).toBe("Lynne Owens");
  });

  it("drops post-nominals from the name and from the start of the description", () => {
    expect(readPerson("Dame Lynne Owens", "CBE, QPM, Deputy Commissioner, MPS")).toEqual({
      name: "Lynne Owens",
      honorific: "Dame",
      role: "Deputy Commissioner",
      organisation: "MPS",
    });
  });

  it.each([["London Councils"], ["Agreement of minutes"], ["MOPAC"], ["Casey Review"]])(
    "refuses %j as a name",
    (text) => {
      expect(readPerson(text, "")).toBeNull();
    },
  );
});

describe("splitHonorific: ranks, titles of office and dotted honorifics", () => {
  it("takes an unknown abbreviated rank before a name as its honorific ('DAC', 'T/Commander', dmg-2021-09-13)", () => {
    expect(brief("- DAC Ben Whitlow, MPS")).toEqual([["DAC", "Ben Whitlow", "present"]]);
    expect(brief("\uF0B7  T/Commander Ade Okoye, MPS".replace("\uF0B7", "•"))).toEqual([
      ["T/Commander", "Ade Okoye", "present"],
    ]);
    expect(splitHonorific("DCS Paula Ngata")).toEqual({ honorific: "DCS", rest: "Paula Ngata" });
    expect(splitHonorific("The Baroness Helena Marsh")).toEqual({
      honorific: "The Baroness",
      rest: "Helena Marsh",
    });
  });

  it("does not take an honour or an organisation's acronym for a rank", () => {
    expect(splitHonorific("CBE Kwame Mensah").honorific).toBeNull();
    expect(splitHonorific("NHS England").honorific).toBeNull();
  });

  it("joins 'Acting' to the rank after it", () => {
    expect(brief("● Acting Commissioner Ann Wu (AW) MPS")).toEqual([
      ["Acting Commissioner", "Ann Wu", "present"],
    ]);
  });

  it("reads 'Mayor of London Sadiq Khan' as a title of office with its place, then the name (lcrb-2021-06-22)", () => {
    expect(people("Mayor of London Sadiq Khan, Chair")).toEqual([
      ["Mayor of London", "Sadiq Khan", "Chair", null],
    ]);
  });

  it("takes a place of two words ('Mayor of Tower Hamlets') when the rest is the name alone", () => {
    expect(splitHonorific("Mayor of Tower Hamlets John Biggs")).toEqual({
      honorific: "Mayor of Tower Hamlets",
      rest: "John Biggs",
    });
  });

  it("keeps the place out of the title when no name follows it", () => {
    expect(splitHonorific("Mayor of London")).toEqual({ honorific: "Mayor", rest: "of London" });
  });

  it("reads honorifics written with full stops: 'Rt. Hon. Sir' as 'Rt Hon Sir' (lcrb-2016-06-14), 'Cllr.'", () => {
    expect(splitHonorific("Rt. Hon. Sir Geoffrey Marlow MP")).toEqual({
      honorific: "Rt Hon Sir",
      rest: "Geoffrey Marlow MP",
    });
    expect(people("Cllr. Georgia Gould, Chair, London Councils")).toEqual([
      ["Cllr", "Georgia Gould", "Chair", "London Councils"],
    ]);
  });
});

describe("readAttendanceLine: a body's acronym before place words", () => {
  it("reads 'CPS London North' after a comma as the organisation, not a rank and a name (lcrb-2021-06-22)", () => {
    expect(people("Lionel Idan, CPS London North")).toEqual([
      [null, "Lionel Idan", null, "CPS London North"],
    ]);
    expect(people("Barry Hughes, CPS London South")).toEqual([
      [null, "Barry Hughes", null, "CPS London South"],
    ]);
    expect(people("Sam Ward, MPS South East")).toEqual([
      [null, "Sam Ward", null, "MPS South East"],
    ]);
    expect(people("Sam Ward, NPS London Division")).toEqual([
      [null, "Sam Ward", null, "NPS London Division"],
    ]);
  });

  it("still reads an abbreviated rank ('DCS') before a name", () => {
    expect(people("DCS Ann Smith, MPS")).toEqual([["DCS", "Ann Smith", null, "MPS"]]);
  });
});

describe("names written with particles ('de', 'van der', 'Mac an')", () => {
  it.each([
    ["Siobhan Mac an tSaoi", true],
    ["Aisha de Souza", true],
    ["Rosa van der Berg", true],
    ["Leon de Vries", true],
    ["Siobhan Mac an", false],
    ["Jane Smith and John Doe", false],
    ["Director of Finance", false],
    ["Tackling an Issue", false],
    ["Jane iPhone", false],
  ])(
    "takes particles and a prefixed surname ('tSaoi') as a name only before a surname: %j → %j",
    (name, plausible) => {
      expect(isPlausibleName(name, false)).toBe(plausible);
    },
  );

  it.each([
    ["Siobhan Mac an tSaoi London Councils", "Siobhan Mac an tSaoi", "London Councils"],
    ["Rosa van der Berg MPS", "Rosa van der Berg", "MPS"],
    ["Leon de Vries HMPPS", "Leon de Vries", "HMPPS"],
  ])("takeName runs a name on through its particles to the surname: %j", (text, name, rest) => {
    expect(takeName(text)).toEqual({ name, rest });
  });
});

describe("readAttendanceLine: the whole name before a clear delimiter, particles and all", () => {
  it("reads 'Name: Organisation' with a lowercase particle inside the name (dmg-2018-10-15)", () => {
    expect(people("Siobhan Mac an tSaoi: London Councils")).toEqual([
      [null, "Siobhan Mac an tSaoi", null, "London Councils"],
    ]);
  });

  it("reads 'Name (XX) Organisation' with a particle, the initials fitting the capitalised 'Mac' (lcrb-2023-07-11)", () => {
    expect(people("Dr Aoife Mac an tSaoi (AM) NHS England")).toEqual([
      ["Dr", "Aoife Mac an tSaoi", null, "NHS England"],
    ]);
  });

  it.each([
    ["Cllr. Aisha de Souza\t\tLB Southwark", "Cllr", "Aisha de Souza", null, "LB Southwark"],
    [
      "Deputy Assistant Commissioner Rosa van der Berg\tMPS (Co-chair)",
      "Deputy Assistant Commissioner",
      "Rosa van der Berg",
      "Co-chair",
      "MPS",
    ],
    ["Leon de Vries, HMPPS", null, "Leon de Vries", null, "HMPPS"],
  ])("keeps 'de' and 'van der' names whole: %j", (line, honorific, name, role, organisation) => {
    expect(people(line)).toEqual([[honorific, name, role, organisation]]);
  });

  it("finds a particle name inside a run of initialled people by its capitalised particle", () => {
    expect(
      brief(
        "Janet Hogan (JH) CEO, MOPAC Dr Aoife Mac an tSaoi (AM) NHS England Doug Flight (DF) Advisor, London Councils",
      ),
    ).toEqual([
      [null, "Janet Hogan", "present"],
      ["Dr", "Aoife Mac an tSaoi", "present"],
      [null, "Doug Flight", "present"],
    ]);
  });

  it("still splits a list at a bare 'and'", () => {
    expect(brief("Jane Doe, John Smith and Ann Lee")).toEqual([
      [null, "Jane Doe", "present"],
      [null, "John Smith", "present"],
      [null, "Ann Lee", "present"],
    ]);
  });
});

describe("readPerson: a title written in lower case in terse notes (unseen-minutes-7/58)", () => {
  describe("as round 7 writes it", () => {
    it.each([
      ["cllr Roshan Bhattacharya", "Cllr", "Roshan Bhattacharya"],
      ["dr Ines Okafor-Grant", "Dr", "Ines Okafor-Grant"],
    ])("reads %j as %j %j", (text, honorific, name) => {
      expect(readPerson(text, "")).toMatchObject({ honorific, name });
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["prof Aled Pryce-Jones", "Prof", "Aled Pryce-Jones"],
      ["det supt Kay Brightwell", "Det Supt", "Kay Brightwell"],
      ["dr. Ines Okafor-Grant", "Dr", "Ines Okafor-Grant"],
      ["councillor Amina Yusuf", "Councillor", "Amina Yusuf"],
    ])("reads %j as %j %j", (text, honorific, name) => {
      expect(readPerson(text, "")).toMatchObject({ honorific, name });
    });

    it("reads a run-on list of them (apols: cllr …, dr …)", () => {
      expect(
        brief("cllr Roshan Bhattacharya (lc), dr Ines Okafor-Grant (nhse)", "apologies"),
      ).toEqual([
        ["Cllr", "Roshan Bhattacharya", "apologies"],
        ["Dr", "Ines Okafor-Grant", "apologies"],
      ]);
    });
  });

  describe("left as it was", () => {
    it.each([["mr smith"], ["dr Jones"], ["acting Chief Executive"], ["sir said Ahmed"]])(
      "reads no person in %j",
      (text) => {
        expect(readPerson(text, "")).toBeNull();
      },
    );

    it("keeps a title written in capitals as it is written", () => {
      expect(readPerson("CLLR Roshan Bhattacharya", "")?.honorific).toBe("CLLR");
    });
  });
});

describe("readAttendanceLine: the City of London's titles (unseen-minutes-9/72)", () => {
  it.each([
    [
      "Alderman Professor Ursula Featherstonehaugh (Chairman)",
      "Alderman Professor",
      "Ursula Featherstonehaugh",
      "Chairman",
    ],
    [
      "Deputy Cressida Wolstenholme (Deputy Chairman)",
      "Deputy",
      "Cressida Wolstenholme",
      "Deputy Chairman",
    ],
    ["Sheriff Aurelio Banerjee-Cobb", "Sheriff", "Aurelio Banerjee-Cobb", null],
    [
      "Chief Commoner Bartholomew Ashdown-Pryce",
      "Chief Commoner",
      "Bartholomew Ashdown-Pryce",
      null,
    ],
    ["Common Councilman Ifeoma Stirling", "Common Councilman", "Ifeoma Stirling", null],
  ])("reads %j as a title before the name", (line, honorific, name, role) => {
    expect(people(line)).toEqual([[honorific, name, role, null]]);
  });

  it("reads them in the apologies' sentence", () => {
    expect(
      readApologiesSentence(
        "Apologies were received from Alderman Sir Crispin Latymer-Hale and Tamsin Okafor-Lund (London Councils).",
      ).map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Alderman Sir", "Crispin Latymer-Hale"],
      [null, "Tamsin Okafor-Lund"],
    ]);
  });

  it("takes a bare 'Deputy' as a title only before a name, not before a post", () => {
    expect(splitHonorific("Deputy Hamish Tregothnan")).toEqual({
      honorific: "Deputy",
      rest: "Hamish Tregothnan",
    });
    expect(splitHonorific("Deputy Director Jane Smith").honorific).toBeNull();
    expect(splitHonorific("Deputy Head of Policy").honorific).toBeNull();
    expect(splitHonorific("Deputy Commissioner Craig Mackey").honorific).toBe(
      "Deputy Commissioner",
    );
  });
});
