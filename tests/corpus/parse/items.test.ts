import { describe, expect, it } from "vitest";
import { readHeadingShape } from "../../../src/corpus/parse/heading-readers.js";
import {
  isCommonSection,
  isContentsHeading,
  readNumberedHeading,
} from "../../../src/corpus/parse/items.js";

describe("readNumberedHeading", () => {
  it.each([
    [
      "Agenda Item 1: Welcome, Minutes and Actions",
      "1",
      "Welcome, Minutes and Actions",
      "item-word",
    ],
    ["Item 2 - Casey Review", "2", "Casey Review", "item-word"],
    ["2. Item 3 - Disproportionality", "3", "Disproportionality", "item-word"],
    ["ITEM 1. Welcome and Introductions", "1", "Welcome and Introductions", "item-word"],
    ["ITEM 4 – Public Service Reform.", "4", "Public Service Reform", "item-word"],
    ["ITEM 5 Any other business", "5", "Any other business", "item-word"],
    ["Item 1: Minutes and actions", "1", "Minutes and actions", "item-word"],
    // unseen-minutes/05: the number written as a word.
    [
      "Agenda item three: Neighbourhood policing and public confidence",
      "3",
      "Neighbourhood policing and public confidence",
      "item-word",
    ],
    [
      "Agenda item one: Welcome, introductions and apologies",
      "1",
      "Welcome, introductions and apologies",
      "item-word",
    ],
    // unseen-minutes-5/42: the paper taken is named in a bracket after the number.
    [
      "Agenda item 1 (Paper LCRB 24-15): Minutes of 11 June 2024 and matters arising",
      "1",
      "Minutes of 11 June 2024 and matters arising",
      "item-word",
    ],
    [
      "Agenda item 3 (Oral update): Probation caseloads after early release",
      "3",
      "Probation caseloads after early release",
      "item-word",
    ],
    // unseen-minutes-5/39: the agenda item taken up is named in a bracket after the title.
    [
      "5.  POLICE AND CRIME PLAN - PERFORMANCE REPORT, QUARTER 2 (Agenda Item 5)",
      "5",
      "POLICE AND CRIME PLAN - PERFORMANCE REPORT, QUARTER 2",
      "number",
    ],
    [
      "6.  PROPOSED POLICING PRECEPT 2024/25 (Agenda Item 6)",
      "6",
      "PROPOSED POLICING PRECEPT 2024/25",
      "number",
    ],
    // Any other bracket is part of the title.
    ["3. Violence Reduction Unit (VRU)", "3", "Violence Reduction Unit (VRU)", "number"],
    // unseen-minutes-5/43: a zero-padded number is the item's number, as "1.0" is.
    [
      "01  Welcome and notes of the last meeting",
      "1",
      "Welcome and notes of the last meeting",
      "number",
    ],
    ["1. Agreement of minutes", "1", "Agreement of minutes", "number"],
    ["3) Operational update", "3", "Operational update", "number"],
    ["7. Any other business", "7", "Any other business", "number"],
    ["(2) Hate crime after the referendum", "2", "Hate crime after the referendum", "number"],
    ["1 Minutes of the last meeting", "1", "Minutes of the last meeting", "number"],
    // blind round 2: paragraph-numbered sections and roman numerals, kept as written.
    ["1.0    Welcome and apologies", "1", "Welcome and apologies", "number"],
    [
      "3.0    Serious youth violence: summer plan",
      "3",
      "Serious youth violence: summer plan",
      "number",
    ],
    ["I.\tWelcome and apologies", "I", "Welcome and apologies", "number"],
    ["IV.\tTransforming Rehabilitation", "IV", "Transforming Rehabilitation", "number"],
  ])("reads %j", (text, number, title, style) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, title, style });
  });

  it("gives roman numerals their value, for telling headings from lists", () => {
    expect(readNumberedHeading("IV.\tTransforming Rehabilitation")?.value).toBe(4);
    expect(readNumberedHeading("IX. Any other business")?.value).toBe(9);
    expect(readNumberedHeading("IIV. Something")).toBeNull();
  });

  it.each([
    // A numbered paragraph (corpus/004): a sentence, not a title.
    [
      "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper.",
    ],
    ["1.1 The Chair welcomed members to the meeting."],
    ["Item 2 was deferred."],
    ["10 March 2015"],
    ["There was no other business."],
    // A time range under the date (blind round 2), not item 2.
    ["2 – 4pm, Mayor's Office, City Hall"],
    ["2.1    The minutes of the meeting held on 14 March 2019 were agreed as an accurate record."],
  ])("is not a heading: %j", (text) => {
    expect(readNumberedHeading(text)).toBeNull();
  });
});

// The first-word check before the readers (items.ts HEADING_START) turns lines away only where no
// reader would read them: each line here, headings and prose opening with "A" or "I", is read the
// same with it as by the readers alone.
describe("readNumberedHeading: its first-word check agrees with the heading readers", () => {
  it.each([
    ["Agenda Item 1: Welcome, Minutes and Actions"],
    ["AGENDA ITEM 4: Violence Reduction Unit"],
    ["agenda point 1 — Introductions"],
    ["Item 2 - Casey Review"],
    ["ITEM 1. Welcome and Introductions"],
    ["IV.\tTransforming Rehabilitation"],
    ["iv) Any other business"],
    ["(iii) Serious violence"],
    ["A further update would be given at the next meeting."],
    ["It was agreed that the actions were closed."],
    ["Apologies were received from Councillor Athwal."],
    ["In attendance"],
    ["Items for information"],
    ["Agendas were circulated in advance."],
  ])("%j", (text) => {
    expect(readNumberedHeading(text)).toEqual(readHeadingShape(text));
  });
});

describe("isCommonSection", () => {
  it.each([
    ["Welcome and apologies", true],
    ["Any other business", true],
    ["Minutes of the previous meeting and matters arising", true],
    ["AOB", true],
    ["Tackling fraud", false],
  ])("%j → %s", (text, common) => {
    expect(isCommonSection(text)).toBe(common);
  });
});

describe("readNumberedHeading: numberings that say more than the number (unseen-minutes-6/49, /50, /52)", () => {
  describe("as round 6 writes them", () => {
    it.each([
      // 49: a committee system's export counts the items it holds.
      ["Item 3 of 5: Stop and search: drug finds", "3", "Stop and search: drug finds"],
      ["Item 5 of 5: Any other business", "5", "Any other business"],
      // 50: the items are called sections.
      ["Section 2: County lines and cuckooing", "2", "County lines and cuckooing"],
      // 52: the time each item was taken, before its number.
      [
        "14:10   2. Minutes of 8 October 2024 and action tracker",
        "2",
        "Minutes of 8 October 2024 and action tracker",
      ],
    ])("reads %j", (text, number, title) => {
      expect(readNumberedHeading(text)).toMatchObject({ number, title });
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["Agenda item 2 of 6 – Youth remands and custody", "2", "Youth remands and custody"],
      ["ITEM 3 OF 7. KNIFE CRIME", "3", "KNIFE CRIME"],
      ["Section 4 – AOB", "4", "AOB"],
      ["SECTION 3. SERIOUS VIOLENCE DUTY", "3", "SERIOUS VIOLENCE DUTY"],
      ["Topic 1: Retail crime partnership", "1", "Retail crime partnership"],
      ["14.10  2. Minutes of the last meeting", "2", "Minutes of the last meeting"],
      ["2.30pm   3. Knife crime: the winter picture", "3", "Knife crime: the winter picture"],
      ["14:20\t3. Violence against women and girls", "3", "Violence against women and girls"],
      ["(14:20) 3. Violence against women and girls", "3", "Violence against women and girls"],
      ["10:05 – Item 2: Minutes and actions", "2", "Minutes and actions"],
    ])("reads %j", (text, number, title) => {
      expect(readNumberedHeading(text)).toMatchObject({ number, title });
    });
  });

  describe("left as it was", () => {
    it.each([
      // corpus-like prose and header lines that open the same way.
      ["Section 60 authorisations were used twice in the period."],
      ["Item 2 of the action log was discussed."],
      ["14:00 to 16:00, Room 2.10, 169 Union Street"],
      ["10:00 – 12:00, Committee Room 2, City Hall"],
      ["2 – 4pm, Mayor's Office, City Hall"],
      ["14:00 The meeting opened."],
    ])("is not a heading: %j", (text) => {
      expect(readNumberedHeading(text)).toBeNull();
    });

    it("keeps 'Part A' dividers and what a time-first line carries as written", () => {
      expect(readNumberedHeading("Part A – Items in public")).toBeNull();
      expect(readNumberedHeading("Section 2.1 Terms of reference")).toBeNull();
    });
  });
});

describe("readNumberedHeading: more times and counts before a heading (written after round 6)", () => {
  it.each([
    ["14:10-14:30  2. Minutes of the last meeting", "2", "Minutes of the last meeting"],
    ["14:10 to 14:30  2. Minutes of the last meeting", "2", "Minutes of the last meeting"],
    ["[14:10] 2. Minutes of the last meeting", "2", "Minutes of the last meeting"],
    ["1410  2. Minutes of the last meeting", "2", "Minutes of the last meeting"],
    ["Item 2 of six: Minutes of the last meeting", "2", "Minutes of the last meeting"],
  ])("reads %j", (text, number, title) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, title });
  });

  it.each([["2024  2. Minutes"], ["Minute 24/03 Retail crime panel"]])(
    "reads no heading in %j, as before",
    (text) => {
      expect(readNumberedHeading(text)).toBeNull();
    },
  );
});

describe("readNumberedHeading: a mark after the number (unseen-minutes-7/55, /60)", () => {
  it.each([
    // 55: a meeting recap's notes, "1 · Title".
    ["1 · Actions from September", "1", "Actions from September"],
    [
      "2 · Neighbourhood policing: ward officer abstractions",
      "2",
      "Neighbourhood policing: ward officer abstractions",
    ],
    // 60: "1/ Title".
    ["1/ Welcome and apologies", "1", "Welcome and apologies"],
    ["4/ Probation: unpaid work placements", "4", "Probation: unpaid work placements"],
    // Written otherwise: other dots and bullets between number and title, a slash after two figures.
    ["2 • Knife crime over the summer", "2", "Knife crime over the summer"],
    ["3 ∙ Youth remands", "3", "Youth remands"],
    ["12/ Any other business", "12", "Any other business"],
    ["3 / Violence against women and girls", "3", "Violence against women and girls"],
  ])("reads %j", (text, number, title) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, title });
  });

  it.each([
    ["1/2 of the officers were abstracted."],
    ["1 / 2 hours of overtime"],
    ["24/7 cover in custody suites"],
    ["3 · 4 · 5 stars"],
  ])("reads no heading in %j", (text) => {
    expect(readNumberedHeading(text)).toBeNull();
  });
});

describe("readNumberedHeading: a minute reference with the body's code (unseen-minutes-7/56)", () => {
  it.each([
    // 56: a committee page, the body's code before the year and the minute.
    ["LCRB/24/31  WELCOME AND APOLOGIES", "LCRB/24/31", 31, "WELCOME AND APOLOGIES"],
    [
      "LCRB/24/37  OPERATIONAL BRIEFING (EXEMPT)",
      "LCRB/24/37",
      37,
      "OPERATIONAL BRIEFING (EXEMPT)",
    ],
    // Written otherwise.
    ["DMG/25/07 Knife crime over the summer", "DMG/25/07", 7, "Knife crime over the summer"],
    ["PCP/112/24. Minutes of the last meeting", "PCP/112/24", 24, "Minutes of the last meeting"],
  ])("reads %j", (text, number, value, title) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, value, title, style: "number" });
  });

  it.each([
    ["MPS/CPS joint working was discussed."],
    ["LCRB/24/31 was agreed as a correct record."],
    ["Ref LCRB/24/31 Welcome"],
  ])("reads no heading in %j", (text) => {
    expect(readNumberedHeading(text)).toBeNull();
  });
});

describe("isContentsHeading: an invitation's agenda named at a line's end (unseen-minutes-9/73)", () => {
  it.each([
    ["Hi all - monthly DMG. Agenda:", true],
    ["Afternoon all, agenda below.", true],
    ["Agenda", true],
    ["Members agreed to take item 4 first.", false],
    ["The agenda was agreed.", false],
  ])("%j -> %j", (text, heading) => {
    expect(isContentsHeading(text)).toBe(heading);
  });
});

describe("a form's item fields (unseen-minutes-10/85, layout-variants-10b/114)", () => {
  it.each([
    [
      "Item no.: 1 Title: Welcome, apologies and minutes of 15 April",
      "1",
      "Welcome, apologies and minutes of 15 April",
    ],
    [
      "Item: 2 Subject: Robbery of mobile phones in the West End",
      "2",
      "Robbery of mobile phones in the West End",
    ],
  ])("reads %j as item %j", (text, number, title) => {
    expect(readNumberedHeading(text)).toMatchObject({ number, title });
  });
});
