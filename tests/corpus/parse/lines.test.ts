import { describe, expect, it } from "vitest";
import {
  comparable,
  normaliseLine,
  plainText,
  toTextLines,
} from "../../../src/corpus/parse/lines.js";

const furniture = (text: string) =>
  toTextLines(text)
    .filter((l) => l.furniture)
    .map((l) => l.line);

describe("toTextLines", () => {
  it("keeps every character of every line when the text holds one beyond Latin-1 (corpus/001)", () => {
    // The lines without a wide character are made again one byte a character: the same text.
    const text =
      "Present\r\nThe Action Plan – transparency, accountability and trust in policing\n\nSophie Linden, Deputy Mayor\u00a0(Chair)\n  Café \ud83d\ude00 Board  \n";
    expect(toTextLines(text).map((l) => l.raw)).toEqual(
      text
        .replace(/\r\n/g, "\n")
        .replace(/\u00a0/g, " ")
        .split("\n"),
    );
    expect(toTextLines(text).map((l) => l.text)).toEqual([
      "Present",
      "The Action Plan – transparency, accountability and trust in policing",
      "",
      "Sophie Linden, Deputy Mayor (Chair)",
      "Café \ud83d\ude00 Board",
      "",
    ]);
  });

  it("marks the GLA page boilerplate as furniture (corpus/001, corpus/003)", () => {
    expect(
      furniture(
        "MAYOR OF LONDONLONDON ASSEMBLY\n\nLondon Crime Reduction Board meeting minutes - 2 February 2021\n\nKey information\n\nPublication type: General\n\nBack to table of contents\n[Back to table of contents](#)\nMAYOR OF LONDONLONDONASSEMBLY",
      ),
    ).toEqual([1, 5, 7, 9, 10, 11]);
  });

  it("marks a slide deck's slide numbers as furniture, as a document's page numbers (unseen-minutes-10/84)", () => {
    expect(
      furniture(
        "Slide 1\nLondon Crime Reduction Board\n\nSlide 2 of 7\nWho was there\nSlide 3 – Knife crime",
      ),
    ).toEqual([1, 4]);
    // layout-variants-10b-2/118: the slide's marker drawn with dashes.
    expect(
      furniture("--- Slide 1 ---\nLondon Crime Reduction Board\n\n--- Slide 2 ---\nAttendance"),
    ).toEqual([1, 4]);
  });

  it("marks page numbers and a running footer repeated on every page, but not a contents entry repeated as its heading", () => {
    const page = "Text.\n\nPage 1 of 3\nLondon Crime Reduction Board – 14 March 2017 – Minutes\n";
    expect(furniture(`Title\n\nA\n\nB\n\nC\n\nD\n\n${page}${page}`)).toEqual([13, 14, 17, 18]);
    expect(
      furniture(
        "[Item 1 - Welcome, minutes and previous actions](#)\n\nItem 1 - Welcome, minutes and previous actions",
      ),
    ).toEqual([]);
  });

  it("marks a rule drawn under a heading as furniture (unseen-minutes/08, a page saved as text)", () => {
    expect(furniture("Present\n-------\n\n1. Welcome\n----------\n====\nA - B\n")).toEqual([
      2, 5, 6,
    ]);
  });

  it("marks as untidy only the lines with markdown, tabs, wide gaps or white space other than a space", () => {
    const lines = toTextLines(
      "Present\n**Sophie Linden**, Deputy Mayor\nName\tOrganisation\nHelen Ferris   MOPAC\nCafé – Board\nCafé\u2003– Board\n Indented line \n[Back to contents](#)",
    );
    expect(lines.map((l) => l.untidy)).toEqual([false, true, true, true, false, true, false, true]);
    expect(lines.map((l) => l.text)).toEqual([
      "Present",
      "Sophie Linden, Deputy Mayor",
      "Name Organisation",
      "Helen Ferris MOPAC",
      "Café – Board",
      "Café – Board",
      "Indented line",
      "Back to contents",
    ]);
  });

  it("numbers lines from 1 and handles CRLF, form feeds and a byte-order mark", () => {
    const lines = toTextLines("\uFEFFone\r\n\ftwo\r\nthree");
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, "one"],
      [2, "two"],
      [3, "three"],
    ]);
  });
});

describe("plainText", () => {
  it.each([
    ["## 1. Welcome", "1. Welcome"],
    ["**5. Any other business**", "5. Any other business"],
    ["[Item 2 - Casey Review](#)", "Item 2 - Casey Review"],
    ["1. ***MPS response to the Casey Review***", "1. MPS response to the Casey Review"],
    ["**Time:** 14:00", "Time: 14:00"],
  ])("reads %j as %j", (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });
});

describe("comparable", () => {
  it.each([
    ["Sophie Linden", "sophie linden"],
    [
      "Item 1 - Welcome, minutes and previous actions",
      "item 1 welcome minutes and previous actions",
    ],
    ["  (MOPAC) -- Deputy Mayor's Office.", "mopac deputy mayor s office"],
    ["Police and Crime Plan – 2022/25", "police and crime plan 2022 25"],
    ["--", ""],
  ])("reads %j as %j", (text, expected) => {
    expect(comparable(text)).toBe(expected);
  });
});

describe("normaliseLine", () => {
  it("spells out ligatures and turns the PDF Symbol bullet into '•' (PDF copies: dmg-2015-11-26)", () => {
    expect(normaliseLine("Oﬃcers in attendance")).toBe("Officers in attendance");
    expect(normaliseLine("the eﬀect of school holidays on ﬁnancial")).toBe(
      "the effect of school holidays on financial",
    );
    expect(normaliseLine("\uF0B7  Helen Ferris, MOPAC (Chair)")).toBe(
      "•  Helen Ferris, MOPAC (Chair)",
    );
  });

  it("reads Word's non-breaking hyphen as a hyphen and drops its soft hyphen (unseen-minutes-5/41)", () => {
    expect(normaliseLine("\tHector  Abernethy\u2011Lowe\t\tCPS London")).toBe(
      "\tHector  Abernethy-Lowe\t\tCPS London",
    );
    expect(normaliseLine("3.\tYouth  diversion  and  out  of  court  resolu\u00ADtions")).toBe(
      "3.\tYouth  diversion  and  out  of  court  resolutions",
    );
  });
});

describe("a number alone over a title (unseen-minutes-3/26)", () => {
  it("keeps a table's number cell copied one cell a line, and still drops a page number", () => {
    const lines = toTextLines(
      "Agreed as a correct record.\n\n3\nReducing reoffending\nRavinder Sandhu set out the accommodation pathway.\n\n4\n\nMembers discussed the role of borough housing teams.\n",
    );
    expect(lines.filter((l) => l.furniture).map((l) => l.text)).toEqual(["4"]);
    expect(lines[2]).toMatchObject({ text: "3", furniture: false });
  });
});

describe("plainText: a mention's '@' before a name (unseen-minutes-6/51)", () => {
  describe("as round 6 writes it", () => {
    it("drops the '@' a wiki writes before each person it names", () => {
      expect(
        plainText(
          "**Attendees:** @Philippa Okonjo-Lamb (MOPAC, chair), @Rashid Qureshi (MPS), @Eilidh MacAskill (London Councils)  ",
        ),
      ).toBe(
        "Attendees: Philippa Okonjo-Lamb (MOPAC, chair), Rashid Qureshi (MPS), Eilidh MacAskill (London Councils)",
      );
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["- @Rashid Qureshi (MPS)", "- Rashid Qureshi (MPS)"],
      ["Present: @Rashid Qureshi; @Eilidh MacAskill", "Present: Rashid Qureshi; Eilidh MacAskill"],
      ["Note-taker:\t@Harvey Lindqvist, MOPAC", "Note-taker: Harvey Lindqvist, MOPAC"],
      ["(owner: @Tadeusz Nowicki, due 14/02)", "(owner: Tadeusz Nowicki, due 14/02)"],
    ])("reads %j as %j", (raw, text) => {
      expect(plainText(raw)).toBe(text);
    });
  });

  describe("left as it was", () => {
    it.each([
      "Contact: joel.adebayo@mopac.london.gov.uk",
      "Queries to secretariat@londoncouncils.gov.uk by 5 May",
      "The @met handle posted the appeal",
      // Review C21: a handle is one word, no person's name.
      "Contact: lcrb@london.gov.uk; follow @MOPACLondon for updates.",
      "Follow @MetPoliceUK and @LDN_Councils.",
    ])("keeps %j", (raw) => {
      expect(plainText(raw)).toBe(raw);
    });
  });
});
