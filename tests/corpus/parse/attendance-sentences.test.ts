import { describe, expect, it } from "vitest";
import { readAttendanceSentences } from "../../../src/corpus/parse/attendance-sentences.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

// unseen-minutes-5/45: a note of a meeting that tells its attendance in sentences.
const TOLD =
  "The meeting was chaired by Perpetua Lindqvist-Achebe (Deputy Mayor for Policing and Crime) and attended by Assistant Commissioner Nathaniel Grieve (MPS), Cllr Rosalind Oyelaran (London Councils), Bertrand Okoye (CPS London) and Halima Yusuf-Barnes (Probation Service London). Ianthe Moss (MOPAC) took the note. Apologies were received from Dr Crispin Harcourt (NHS England London) and Marisol Ekwall (London Fire Brigade).";

describe("readAttendanceSentences", () => {
  it("reads who chaired, who attended and who took the note, a bracket with 'and' in it kept whole", () => {
    expect(readAttendanceSentences(TOLD).map((p) => [p.honorific, p.name, p.status])).toEqual([
      [null, "Perpetua Lindqvist-Achebe", "present"],
      ["Assistant Commissioner", "Nathaniel Grieve", "present"],
      ["Cllr", "Rosalind Oyelaran", "present"],
      [null, "Bertrand Okoye", "present"],
      [null, "Halima Yusuf-Barnes", "present"],
      [null, "Ianthe Moss", "in_attendance"],
    ]);
  });

  it("reads 'attended by' only of the meeting itself", () => {
    expect(
      readAttendanceSentences(
        "The workshop in January was attended by Kevin Blake (Home Office) and Tom Reid (NHS).",
      ),
    ).toEqual([]);
    expect(
      readAttendanceSentences(
        "The meeting was attended by Kevin Blake (Home Office) and Tom Reid (NHS).",
      ).map((p) => p.name),
    ).toEqual(["Kevin Blake", "Tom Reid"]);
  });

  it("reads no one from a sentence that names no person", () => {
    expect(readAttendanceSentences("The event was attended by over 200 residents.")).toEqual([]);
  });
});

describe("attendance told in prose, through parseMinutes", () => {
  const minutes = (where: "outside" | "item") =>
    parseMinutes(
      [
        "London Crime Reduction Board",
        "",
        "Note of the meeting of 4 December 2024",
        "",
        ...(where === "outside" ? ["Attendance", "", TOLD, ""] : []),
        "1. Welcome",
        "",
        where === "item"
          ? "The summit in June was attended by Bertrand Okoye (CPS London) and Halima Yusuf-Barnes (Probation Service London)."
          : "The Chair welcomed Assistant Commissioner Grieve to his first meeting of the Board.",
      ].join("\n"),
      "lcrb.txt",
    ).meeting;

  it("reads it outside the items, with the apologies", () => {
    expect(minutes("outside")?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Perpetua Lindqvist-Achebe", "present"],
      ["Nathaniel Grieve", "present"],
      ["Rosalind Oyelaran", "present"],
      ["Bertrand Okoye", "present"],
      ["Halima Yusuf-Barnes", "present"],
      ["Ianthe Moss", "in_attendance"],
      ["Crispin Harcourt", "apologies"],
      ["Marisol Ekwall", "apologies"],
    ]);
  });

  it("does not read the sentences of minutes with an attendance list", () => {
    const meeting = parseMinutes(
      [
        "London Crime Reduction Board",
        "Minutes of the meeting held on 12 March 2024 at City Hall",
        "",
        "Present: Sophie Linden (MOPAC), Jane Smith (MPS)",
        "",
        "The meeting was attended by Kevin Blake (Home Office) and Tom Reid (NHS).",
        "",
        "1. Welcome",
        "None.",
      ].join("\n"),
      "lcrb.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Sophie Linden", "Jane Smith"]);
  });

  it("does not read 'attended by' inside an item, where it is said of other events", () => {
    expect(minutes("item")?.attendees).toEqual([]);
  });
});
