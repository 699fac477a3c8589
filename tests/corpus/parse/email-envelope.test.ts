import { describe, expect, it } from "vitest";
import { envelopeLines } from "../../../src/corpus/parse/email-envelope.js";
import { readHeader } from "../../../src/corpus/parse/header.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

function header(text: string) {
  return readHeader(
    toTextLines(text).filter((l) => l.text),
    [],
  );
}

// unseen-minutes-4/36: minutes pasted into the e-mail that circulated them, sent the day after.
const OUTLOOK = [
  "From: Delphine Achterberg <delphine.achterberg@mopac.example.gov.uk>",
  "Sent: Friday, July 5, 2024 4:12 PM",
  "To: DMG members",
  "Cc: MOPAC Partnerships",
  "Subject: Note of DMG meeting - 4 July 2024",
  "",
  "OFFICIAL",
  "",
  "Please find below the note of yesterday's Delivery Management Group.",
  "",
  "DMG - note of meeting",
  "Thursday 4 July 2024, 10:00-11:00, Microsoft Teams",
].join("\n");

// Written for this test: the same family forwarded from a web mail, whose envelope says "Date:".
const FORWARDED = [
  "---------- Forwarded message ---------",
  "From: Committee Services <committee.services@example.gov.uk>",
  "Date: Mon, 13 Nov 2023 at 09:02",
  "Subject: LCRB minutes",
  "To: Board members <lcrb@example.gov.uk>",
  "",
  "London Crime Reduction Board",
  "Minutes of the meeting held on Thursday 9 November 2023 at 2pm, City Hall",
].join("\n");

describe("envelopeLines", () => {
  it("finds an e-mail's From / Sent / To / Cc lines, and leaves its Subject", () => {
    const lines = toTextLines(OUTLOOK);
    expect([...envelopeLines(lines)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
  });

  it("finds a forwarded message's envelope under its divider, 'Date:' included", () => {
    const lines = toTextLines(FORWARDED);
    expect([...envelopeLines(lines)].sort((a, b) => a - b)).toEqual([2, 3, 5]);
  });

  it("takes no minutes' own labelled fields for an envelope (unseen-minutes/10, corpus/001)", () => {
    const fields = toTextLines(
      "Meeting date: 04/12/2024\nStart time: 09:30\nLocation: Committee Room 1, City Hall\nChair: Sophie Linden\nSubject: Knife crime",
    );
    expect(envelopeLines(fields).size).toBe(0);
  });
});

describe("readHeader under an e-mail's envelope", () => {
  it("reads the meeting's date, time and place, not the message's (unseen-minutes-4/36)", () => {
    expect(header(OUTLOOK)).toMatchObject({
      body: "DMG",
      date: "2024-07-04",
      time: "10:00",
      venue: "Microsoft Teams",
    });
  });

  it("reads the meeting's date under a forwarded message's 'Date:' field", () => {
    expect(header(FORWARDED)).toMatchObject({
      body: "LCRB",
      date: "2023-11-09",
      time: "14:00",
      venue: "City Hall",
    });
  });
});
