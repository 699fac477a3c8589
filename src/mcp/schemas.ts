import * as z from "zod";
import { Body, Meeting } from "../corpus/model.js";

// Input pieces the tools share. The SDK validates arguments with them and turns a failure into a
// tool error (isError: true) that quotes these messages, so they are written for the model.

/** A calendar date as YYYY-MM-DD (JSON Schema format "date"). */
export const IsoDate = z.iso.date({
  error: "must be a date as YYYY-MM-DD, for example 2023-04-12",
});

export const BodyInput = Body.describe(
  "LCRB (the London Crime Reduction Board itself) or DMG (its Delivery Management Group)",
);

export const DateRange = {
  from: IsoDate.optional().describe("Only meetings on or after this date (YYYY-MM-DD)"),
  to: IsoDate.optional().describe("Only meetings on or before this date (YYYY-MM-DD)"),
};

/** For `.refine` of an input with DateRange: a range that ends before it starts is a mistake. */
export function rangeInOrder(range: { from?: string | undefined; to?: string | undefined }) {
  return !range.from || !range.to || range.from <= range.to;
}

export const RANGE_OUT_OF_ORDER = {
  message: "from is after to: give the earlier date as from",
  path: ["to"],
};

/**
 * A required text argument: missing, not text, or only spaces each get a message naming it and
 * saying what to give (`what`: "give the words to search for"). The SDK appends " at <name>".
 */
export function requiredText(name: string, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${name} is missing (${what})` : `${name} must be text`,
    })
    .trim()
    .min(1, `${name} is empty (${what})`);
}

// Output schemas. They describe the fields of the CLI's JSON documents (CONTRACT.md) that are
// stable, and are loose objects so that fields the CLI adds later (highlights, a source url, the
// structured query) pass through to clients that validate structuredContent against them.

const Source = z.looseObject({
  file: z.string().describe("Minutes file, relative to the corpus directory"),
  line: z.number().int().describe("1-based line in that file"),
});

const CitedSource = Source.extend({
  url: z.string().optional().describe("The page the minutes are published on, when known"),
});

export const SearchResultOutput = z.looseObject({
  meetingId: z.string().describe("Use with get_meeting, or open lcrb://minutes/<meetingId>"),
  date: z.string(),
  body: Body,
  item: z.looseObject({ number: z.string().nullable(), title: z.string() }),
  score: z.number(),
  excerpt: z.string().describe("The best-matching sentence(s) of the agenda item, plain text"),
  highlights: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .describe("The matched words: [start, end) character offsets into excerpt"),
  source: CitedSource.describe("The citation: where the excerpt is in the minutes"),
});

export const SearchResponseOutput = z.looseObject({
  query: z.string(),
  results: z.array(SearchResultOutput).describe("Best first, at most one per agenda item"),
  suggestions: z.array(z.string()).describe("'Did you mean' spellings from the minutes' words"),
  total: z.number().int().describe("How many agenda items matched in all"),
  corrections: z
    .array(z.looseObject({ from: z.string(), to: z.string() }))
    .optional()
    .describe("Words searched as a spelling the minutes use instead of as typed"),
  note: z
    .string()
    .nullable()
    .describe("Why there are no results, or which words of the query no passage mentions"),
});

const MeetingRefOutput = z.looseObject({ id: z.string(), date: z.string(), body: Body });

export const UpcomingMeetingOutput = z.looseObject({
  body: Body,
  date: z.string(),
  time: z.string().nullable(),
  venue: z.string().nullable(),
  source: Source.nullable().describe(
    "The minutes line that announced it; null when it comes from the meeting schedule",
  ),
});

export const AnswerOutput = z.looseObject({
  intent: z.string().describe("What kind of question it was read as"),
  kind: z
    .string()
    .describe("The answer's form: summary, yes-no, count, list, timeline, comparison, candidates"),
  meeting: MeetingRefOutput.nullable().describe("The meeting the answer is about, if one"),
  candidates: z.array(MeetingRefOutput).describe("Meetings it could mean, when ambiguous"),
  meetings: z
    .array(z.string())
    .describe("Meeting ids in the order a list, timeline or comparison shows them"),
  results: z.array(SearchResultOutput).describe("For a topic search, as search_minutes"),
  upcoming: z.array(UpcomingMeetingOutput).describe("For a next-meeting question"),
  text: z.string().describe("The answer as a person reads it, plain text with its citations"),
});

/**
 * Meetings as `lcrb corpus --json` gives them. The row schema is the corpus model itself (every
 * loaded meeting was parsed with it), so the two never differ.
 */
export const MeetingListOutput = z.object({ meetings: z.array(Meeting) });

export const UpcomingOutput = z.object({
  today: z.string().describe("The day the meetings are after"),
  upcoming: z.array(UpcomingMeetingOutput).describe("Soonest first"),
});
