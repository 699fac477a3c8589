import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Attendee, Meeting } from "../../../src/corpus/model.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { expected as seed000 } from "./000_bc5123fd089beeb5.expected.js";
import { expected as seed001 } from "./001_c2fb2c5d5dd83175.expected.js";
import { expected as seed002 } from "./002_0368bc6123038781.expected.js";
import { expected as seed003 } from "./003_0417dfde59a34df8.expected.js";
import { expected as seed004 } from "./004_17215f53eb22288e.expected.js";
import type { ExpectedAttendee, SeedExpectation } from "./expectation.js";

// Golden answers for the five seed minutes, written by reading each file (see the comments in
// the *.expected.ts files), never by running the parser.
const CORPUS_DIR = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const SEEDS: SeedExpectation[] = [seed000, seed001, seed002, seed003, seed004];

function parseSeed(file: string): Meeting {
  const outcome = parseMinutes(readFileSync(`${CORPUS_DIR}${file}`, "utf8"), file);
  if (!outcome.meeting) {
    throw new Error(
      `no meeting read from ${file}: ${outcome.problems.map((p) => p.message).join("; ")}`,
    );
  }
  return outcome.meeting;
}

/** The parsed attendee a golden row talks about: same name and status, else same name. */
function counterpart(attendees: Attendee[], want: ExpectedAttendee): Attendee | undefined {
  return (
    attendees.find((a) => a.name === want.name && a.status === want.status) ??
    attendees.find((a) => a.name === want.name)
  );
}

const byText = (a: string, b: string) => a.localeCompare(b);

describe.each(SEEDS)("golden minutes $file", (want) => {
  let parsed: Meeting | undefined;
  // Parsed lazily so that a parser crash fails each test with its message, not the whole file.
  const meeting = (): Meeting => {
    parsed ??= parseSeed(want.file);
    return parsed;
  };

  it("reads a meeting that passes the Meeting schema", () => {
    const result = Meeting.safeParse(meeting());
    expect(result.success, result.error?.message).toBe(true);
  });

  it("reads the header: id, body, title, date, time and venue", () => {
    const { id, file, body, title, date, time, venue } = meeting();
    expect({ id, file, body, title, date, time, venue }).toEqual({
      id: want.id,
      file: want.file,
      body: want.body,
      title: want.title,
      date: want.date,
      time: want.time,
      venue: want.venue,
    });
  });

  it("lists every attendee once, by name only, with their status", () => {
    const got = meeting()
      .attendees.map((a) => `${a.name} [${a.status}]`)
      .sort(byText);
    const expectedPairs = want.attendees.map((a) => `${a.name} [${a.status}]`).sort(byText);
    expect(got).toEqual(expectedPairs);
  });

  it("keeps what stands before a name as its honorific", () => {
    const attendees = meeting().attendees;
    const got = want.attendees.map((w) => {
      const a = counterpart(attendees, w);
      return `${w.name}: ${a ? String(a.honorific) : "(missing)"}`;
    });
    expect(got).toEqual(want.attendees.map((w) => `${w.name}: ${String(w.honorific)}`));
  });

  it("splits role and organisation where the line allows only one reading", () => {
    const attendees = meeting().attendees;
    const described = want.attendees.filter(
      (w) => w.role !== undefined || w.organisation !== undefined,
    );
    const shown = (w: ExpectedAttendee, a: { role: unknown; organisation: unknown }) =>
      [
        w.name,
        w.role === undefined ? "" : ` role=${String(a.role)}`,
        w.organisation === undefined ? "" : ` organisation=${String(a.organisation)}`,
      ].join("");
    const got = described.map((w) => {
      const a = counterpart(attendees, w);
      return a ? shown(w, a) : `${w.name} (missing)`;
    });
    expect(got).toEqual(
      described.map((w) => shown(w, { role: w.role, organisation: w.organisation })),
    );
  });

  it("gives each attendee the line they are listed on", () => {
    const attendees = meeting().attendees;
    const got = want.attendees.map((w) => `${w.name}@${counterpart(attendees, w)?.line ?? "?"}`);
    expect(got).toEqual(want.attendees.map((w) => `${w.name}@${w.line}`));
  });

  it("reads every agenda item's number and title in order, and nothing else as an item", () => {
    const got = meeting().items.map(({ number, title }) => ({ number, title }));
    expect(got).toEqual(want.items.map(({ number, title }) => ({ number, title })));
  });

  it("gives each agenda item the line of its heading", () => {
    const got = meeting().items.map((i) => `${i.number ?? "-"} ${i.title}@${i.line}`);
    expect(got).toEqual(want.items.map((i) => `${i.number ?? "-"} ${i.title}@${i.line}`));
  });

  it("reads the actions with their ids, items and text", () => {
    const got = meeting().actions.map((a, index) => {
      const textStart = want.actions[index]?.textStart ?? "";
      return { id: a.id, item: a.item, line: a.line, text: a.text.slice(0, textStart.length) };
    });
    expect(got).toEqual(
      want.actions.map((a) => ({ id: a.id, item: a.item, line: a.line, text: a.textStart })),
    );
    want.actions.forEach((w, index) => {
      if (w.owner !== undefined) expect(meeting().actions[index]?.owner).toBe(w.owner);
    });
  });

  it("reads the next meetings", () => {
    const got = meeting().nextMeetings.map(({ body, date, time, venue, line }) => ({
      body,
      date,
      time,
      venue,
      line,
    }));
    expect(got).toEqual(want.nextMeetings);
  });
});
