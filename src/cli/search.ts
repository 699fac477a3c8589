import { readCliSettings } from "../config.js";
import { isIsoDate } from "../corpus/calendar.js";
import { loadCorpus } from "../corpus/load.js";
import { Body } from "../corpus/model.js";
import { openSearch } from "../search/index.js";
import type { SearchOptions, SearchResponse } from "../search/types.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";

export const SEARCH_USAGE =
  "lcrb search [--corpus DIR] [--json] [--limit N] [--body LCRB|DMG] [--from YYYY-MM-DD] [--to YYYY-MM-DD] <query…>";

const SEARCH_OPTIONS = {
  ...COMMON_OPTIONS,
  limit: { type: "string" },
  body: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
} as const;

const MAX_LIMIT = 100;

/** `lcrb search`: the agenda items that answer a query, best first, with cited excerpts. */
export const searchCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, SEARCH_OPTIONS);
  if (values.help) {
    io.out(`usage: ${SEARCH_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("search needs a query (lcrb search fraud)");
  const options = searchOptionsFrom(values);
  const query = positionals.join(" ");
  const { corpusDir, cacheDir } = readCliSettings(values.corpus);
  const corpus = await loadCorpus(corpusDir, { cacheDir });
  const search = await openSearch(corpus.meetings, { cacheDir, corpusVersion: corpus.version });
  const response = search.search(query, options);
  io.out(values.json ? `${JSON.stringify(response, null, 2)}\n` : formatSearchResponse(response));
  return 0;
};

/** Reads and checks the filter flags; a bad value is a UsageError (exit 2). */
export function searchOptionsFrom(values: {
  limit?: string | undefined;
  body?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): SearchOptions {
  const options: SearchOptions = {};
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit.trim()) || limit < 1 || limit > MAX_LIMIT)
      throw new UsageError(
        `--limit must be a whole number from 1 to ${MAX_LIMIT} (got "${values.limit}")`,
      );
    options.limit = limit;
  }
  if (values.body !== undefined) {
    const body = Body.safeParse(values.body.trim().toUpperCase());
    if (!body.success) throw new UsageError(`--body must be LCRB or DMG (got "${values.body}")`);
    options.body = body.data;
  }
  if (values.from !== undefined) options.from = isoDate("--from", values.from);
  if (values.to !== undefined) options.to = isoDate("--to", values.to);
  if (options.from && options.to && options.from > options.to)
    throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
  return options;
}

function isoDate(flag: string, value: string): string {
  const date = value.trim();
  if (!isIsoDate(date))
    throw new UsageError(`${flag} must be a date as YYYY-MM-DD (got "${value}")`);
  return date;
}

/** Results as plain text: one block per agenda item, with its citation. */
export function formatSearchResponse(response: SearchResponse): string {
  const lines: string[] = [];
  if (response.results.length === 0) {
    lines.push(response.note ?? `Nothing in the minutes matches "${response.query}".`);
  } else if (response.note) {
    // Results that match only some of the words say so first ("No passage mentions “knife”…").
    lines.push(response.note, "");
  }
  for (const [i, result] of response.results.entries()) {
    const item = result.item.number
      ? `${result.item.number}. ${result.item.title}`
      : result.item.title;
    lines.push(
      `${i + 1}. ${result.body} · ${result.date} · ${item}`,
      `   ${result.excerpt}`,
      `   ${result.source.file}:${result.source.line}`,
      "",
    );
  }
  if (response.results.length > 0 && response.total > response.results.length)
    lines.push(`${response.total - response.results.length} more agenda items match.`);
  if (response.suggestions.length > 0)
    lines.push(`Did you mean: ${response.suggestions.join(", ")}?`);
  return `${lines.join("\n").trimEnd()}\n`;
}
