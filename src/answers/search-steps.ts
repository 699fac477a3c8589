import { type AcronymEntry, acronymsNaming } from "../search/acronyms.js";
import { wordStems } from "../search/stem.js";
import type { SearchOptions, SearchResponse, SearchResult } from "../search/types.js";
import { askedAction } from "./asked-action.js";
import type { AnswerContext } from "./context.js";
import { resultPassage } from "./result-passage.js";
import { speakerAsked } from "./speaker-asked.js";

// Steps a search answer's response goes through before it is shown, each for one way a question
// and the minutes' words part: an asked action the minutes tell in other words, a speaker's own
// words first, and a subject the minutes in a scope are silent on.

/** A step: the response to the search `query` for the question `asked`, made more exact. */
type SearchStep = (
  response: SearchResponse,
  query: string,
  asked: string,
  options: SearchOptions,
  context: AnswerContext,
) => SearchResponse;

/**
 * "Who's going to host the roundtable?": the minutes never say "host", but they say who is setting
 * the roundtable up. When the asked action is the only word keeping the search silent, the rest of
 * the question is searched, and the note says the action's word is not written.
 */
export const withoutAskedAction: SearchStep = (response, query, asked, options, context) => {
  const action = askedAction(asked);
  if (!action || response.results.length > 0 || (response.mentioned ?? []).length === 0)
    return response;
  const words = query.split(/\s+/).filter(Boolean);
  const rest = words.filter((word) => word !== action);
  if (rest.length === words.length || rest.length === 0) return response;
  const found = context.search.search(rest.join(" "), options);
  if (found.results.length === 0) return response;
  return {
    ...found,
    note: `The minutes do not say “${action}”; these are about ${rest.map((w) => `“${w}”`).join(" ")}.`,
  };
};

// How far down the ranking a passage where the speaker says it is looked for.
const SPEAKER_DEPTH = 20;

/**
 * "What did the Mayor raise at it?": among the items found, those whose passage has the speaker
 * saying it ("the Mayor raised the issue of police corruption") come first, in their own order,
 * from as far down the ranking as SPEAKER_DEPTH; the rest keep theirs.
 */
export const withSpeakerFirst: SearchStep = (response, query, asked, options, context) => {
  const speaking = speakerAsked(asked);
  if (!speaking || response.results.length === 0) return response;
  const offset = options.offset ?? 0;
  const limit = options.limit ?? response.results.length;
  const deep = context.search.search(query, {
    ...options,
    offset: 0,
    limit: Math.max(SPEAKER_DEPTH, offset + limit),
  });
  // "What did MOPAC say they'd give partners on fraud": the speaker saying anything is not the
  // speaker on the subject; a passage where they speak must hold as many of the subject's other
  // words as any passage found ("will update partners" in the Casey Review holds no "fraud").
  const speakerStems = new Set(wordStems(speaking.speaker));
  const rest = wordStems(query).filter((stem) => !speakerStems.has(stem));
  const textOf = (result: SearchResult) => {
    const found = resultPassage(result, context);
    return found?.passages[found.at]?.text ?? result.excerpt;
  };
  const held = (result: SearchResult) => {
    const stems = new Set(wordStems(textOf(result)));
    return rest.filter((stem) => stems.has(stem)).length;
  };
  const most = Math.max(0, ...deep.results.map(held));
  const says = (result: SearchResult) =>
    speaking.pattern.test(textOf(result)) && held(result) >= most;
  const first = deep.results.filter(says);
  if (first.length === 0) return response;
  const ordered = [...first, ...deep.results.filter((r) => !first.includes(r))];
  return { ...response, results: ordered.slice(offset, offset + limit) };
};

// A subject of up to this many words is one subject: the minutes are silent on it in a period
// when they are silent on any of its words there (as search itself rules for the whole minutes).
const SCOPED_SUBJECT_WORDS = 3;

/**
 * "Was the Casey review discussed before 2023": search matches a query's words over the whole
 * minutes, so within a period or body it may find only "review". A short subject one of whose
 * words no passage in scope mentions is one the minutes in scope are silent on: no results, and
 * the note says which words and where.
 */
export function withinScope(
  response: SearchResponse,
  query: string,
  options: SearchOptions,
  context: AnswerContext,
  where: string,
): SearchResponse {
  const scoped =
    options.body !== undefined || options.from !== undefined || options.to !== undefined;
  const words = query.split(/\s+/).filter(Boolean);
  if (!scoped || words.length > SCOPED_SUBJECT_WORDS) return response;
  const absent = words.filter(
    (word) => context.search.search(word, { ...options, limit: 1, offset: 0 }).total === 0,
  );
  if (absent.length === 0 || (response.results.length === 0 && absent.length < words.length))
    return response;
  const silent = `No agenda item ${where || "in that scope"} mentions ${absent.map((w) => `“${w}”`).join(" or ")}`;
  // "Court backlogs at the DMG": its minutes never write "court", but HMCTS reported on the
  // backlog. An acronym the scope does write, whose name holds the word, stands in for it.
  const standIns = new Map<string, AcronymEntry>();
  for (const word of absent) {
    const written = acronymsNaming(word).find(
      (entry) =>
        context.search.search(entry.acronym, { ...options, limit: 1, offset: 0 }).total > 0,
    );
    if (written) standIns.set(word, written);
  }
  if (standIns.size === absent.length) {
    const asWritten = words.map((word) => standIns.get(word)?.acronym ?? word).join(" ");
    const found = context.search.search(asWritten, options);
    const named = [...new Set(standIns.values())].map(
      (entry) => `${entry.acronym} (${entry.expansions[0]})`,
    );
    if (found.total > 0)
      return { ...found, note: `${silent}; these mention ${named.join(" and ")}.` };
  }
  return { ...response, results: [], total: 0, note: `${silent}.` };
}
