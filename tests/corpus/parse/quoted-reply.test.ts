import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// unseen-minutes-8/63: a reply whose notes are quoted with "> " under "On …, … wrote:".
const REPLY = [
  "From: Imogen Achterberg-Sola <imogen.achterberg-sola@mopac.london.gov.uk>",
  "Sent: 14 January 2025 09:12",
  "To: DMG Members",
  "Subject: RE: DMG notes - Mon 13 Jan",
  "",
  "Notes from yesterday's DMG are below, with Fintan's correction to item 2 made.",
  "",
  "Imogen Achterberg-Sola | Head of Partnerships | MOPAC",
  "",
  "On Mon, 13 Jan 2025 at 16:41, Fintan Oyelaran-Hughes <fintan.oyelaran-hughes@met.police.uk> wrote:",
  "",
  "> DMG - 13 January 2025",
  "> 10:00-11:00, MS Teams",
  ">",
  "> Present: Imogen Achterberg-Sola (MOPAC, chair); Det Supt Fintan Oyelaran-Hughes (MPS)",
  "> Apologies: Dr Beatrix Olawale (NHS England London)",
  ">",
  "> 1. Actions from December",
  "> All closed except the knife amnesty bin locations, now due in February.",
  ">",
  "> ACTIONS",
  "> * MPS to send the Christmas night-time economy figures by borough to London Councils",
].join("\n");

// layout-variants-8a/01: a reply to a forward, the minutes quoted two deep.
const FORWARD = [
  "Thanks Casimir, one correction below in item 3 (it was 41 not 14), otherwise fine by me.",
  "",
  "> From: Casimir Ndiaye-Holt <casimir.ndiaye-holt@mopac.london.gov.uk>",
  "> Sent: 08 May 2025 11:20",
  "> Subject: FW: LCRB draft minutes - 7 May",
  ">",
  "> Priyanka, forwarding the draft minutes for comment before they go on the website.",
  ">",
  ">> London Crime Reduction Board",
  ">> Date: Wednesday 7 May 2025",
  ">> Time: 14:00",
  ">>",
  ">> Apologies: Leofric Adamu (CPS London)",
  ">> 1. Welcome and introductions",
  ">> The Chair welcomed members, in particular Cllr Vantongeren at her first meeting.",
].join("\n");

describe("a reply quoting the minutes", () => {
  it("reads the quoted lines without their quote marks, on their own line numbers", () => {
    const lines = toTextLines(REPLY);
    expect(lines[11]).toMatchObject({ line: 12, raw: "DMG - 13 January 2025" });
    expect(lines[13]?.text).toBe("");
    expect(lines[21]).toMatchObject({
      line: 22,
      raw: "* MPS to send the Christmas night-time economy figures by borough to London Councils",
    });
  });

  it("reads the message around the quoted minutes as no part of them", () => {
    const lines = toTextLines(REPLY);
    expect(lines[5]?.furniture).toBe(true);
    expect(lines[9]?.furniture).toBe(true);
    expect(lines[11]?.furniture).toBe(false);
  });

  it("takes the meeting from the quoted minutes, not from the reply's date line", () => {
    const meeting = parseMinutes(REPLY, "reply.txt").meeting;
    expect(meeting).toMatchObject({ body: "DMG", date: "2025-01-13", time: "10:00" });
    expect(meeting?.venue).toBe("MS Teams");
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Imogen Achterberg-Sola", "present"],
      ["Fintan Oyelaran-Hughes", "present"],
      ["Beatrix Olawale", "apologies"],
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title, i.line])).toEqual([
      ["1", "Actions from December", 18],
    ]);
  });

  it("reads minutes quoted two deep, the forward's note and envelope around them aside", () => {
    const lines = toTextLines(FORWARD);
    expect(lines[8]).toMatchObject({ raw: "London Crime Reduction Board", furniture: false });
    expect(lines[6]?.furniture).toBe(true);
    expect(lines[0]?.furniture).toBe(true);
    const meeting = parseMinutes(FORWARD, "forward.txt").meeting;
    expect(meeting).toMatchObject({ body: "LCRB", date: "2025-05-07", time: "14:00" });
    expect(meeting?.items.map((i) => i.title)).toEqual(["Welcome and introductions"]);
  });

  it("keeps the words of a quotation inside minutes, only its marks dropped", () => {
    const lines = toTextLines(
      [
        "3. Knife crime",
        "The Chair read the Commissioner's letter:",
        "> Weapon sweeps will continue in every town centre over the summer.",
        "Members welcomed it.",
      ].join("\n"),
    );
    expect(lines[2]).toMatchObject({
      text: "Weapon sweeps will continue in every town centre over the summer.",
      furniture: false,
    });
  });
});

describe("a long quotation in minutes that are no e-mail", () => {
  it("keeps the minutes around it: only a message's quoted lines can be the minutes", () => {
    const lines = toTextLines(
      [
        "London Crime Reduction Board",
        "Tuesday 3 June 2025",
        "",
        "2. Letter from the Commissioner",
        "The Chair read the letter:",
        "> Weapon sweeps will continue in every town centre over the summer.",
        "> Each borough will have a named inspector for the work.",
        "> Figures will be published monthly.",
        "> The first report will come to the July meeting.",
        "> Yours sincerely,",
        "> The Commissioner",
      ].join("\n"),
    );
    expect(lines.filter((l) => l.furniture).map((l) => l.line)).toEqual([]);
    expect(lines[5]?.text).toBe(
      "Weapon sweeps will continue in every town centre over the summer.",
    );
  });
});

describe("minutes with their own Date: line quoting a statement at length (review 3 C19)", () => {
  it("reads the meeting: a Date: line alone is the minutes' header, no message's envelope", () => {
    const text = [
      "London Crime Reduction Board",
      "Date: 10 June 2025",
      "Present: Jane Doe (MOPAC), Tom Reyes (MPS)",
      "1. Letter from the Home Secretary",
      "The Chair read the letter into the record:",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(
        (n) => `> Paragraph ${n} of the letter on funding for violence reduction.`,
      ),
      "2. Any other business",
      "None.",
    ].join("\n");
    expect(toTextLines(text).filter((l) => l.furniture)).toEqual([]);
    const meeting = parseMinutes(text, "lcrb-2025-06-10.md").meeting;
    expect(meeting?.date).toBe("2025-06-10");
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Jane Doe", "Tom Reyes"]);
    expect(meeting?.items.map((i) => i.number)).toEqual(["1", "2"]);
  });
});

describe('a line opening with a figure\'s ">" (review 3 C13)', () => {
  it('keeps ">90%" as written: ">" before a figure is "more than", no quote mark', () => {
    const lines = toTextLines(
      ["The Board noted the dashboard figures:", ">90% of knife offences were in the evening"].join(
        "\n",
      ),
    );
    expect(lines[1]?.text).toBe(">90% of knife offences were in the evening");
  });
});
