import { type AcronymEntry, acronymsNaming } from "../../search/acronyms.js";
import type { SearchOptions, SearchResponse, SearchResult } from "../../search/types.js";
import type { Answer, AnswerSection } from "../answer.js";
import { askedAction } from "../asked-action.js";
import type { AnswerContext } from "../context.js";
import { dateRange } from "../dates.js";
import {
  citeLine,
  clipAtWord,
  formatDate,
  isListHeading,
  itemLabel,
  meetingLabel,
  meetingRef,
  plural,
  withoutListMarker,
} from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { describeDate } from "../meeting-ref.js";
import { withMinutesTerms } from "../minutes-terms.js";
import { namedPerson, type PassageByPost, passagesByPost } from "../named-by-post.js";
import { withOtherPassages } from "../other-passages.js";
import { findPeople, nameTokens, type Person } from "../people.js";
import { escapeRegExp } from "../reg-exp.js";
import { resultPassage } from "../result-passage.js";
import { speakerAsked } from "../speaker-asked.js";
import { unnamedMembers } from "../unnamed-members.js";

/** How many results one answer shows; "More results" asks again with an offset. */
export const SEARCH_PAGE = 3;

/** A title holds the subject, not a whole rambling message. */
const TITLE_SUBJECT_LENGTH = 60;

/** One section per search result: where it is, the excerpt, and its citation. */
export function resultSections(results: readonly SearchResult[]): AnswerSection[] {
  return results.map((result) => {
    const item = result.item.number
      ? `${result.item.number} ${result.item.title}`
      : result.item.title;
    return {
      heading: `${result.body}, ${formatDate(result.date)}: ${item}`,
      text: result.excerpt,
      highlights: result.highlights,
      bullets: [],
      citation: {
        body: result.body,
        date: result.date,
        item,
        file: result.source.file,
        line: result.source.line,
        ...(result.source.url ? { url: result.source.url } : {}),
      },
    };
  });
}

/** The query with each corrected word replaced by the word searched instead. */
function corrected(
  query: string,
  corrections: ReadonlyArray<{ from: string; to: string }>,
): string {
  return corrections.reduce(
    (text, { from, to }) =>
      text.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, "iu"),
        to,
      ),
    query,
  );
}

/** Everything else: the best passages of the minutes for the question's words. */
export const answerSearch: IntentAnswerer = ({
  question,
  classification,
  context,
  offset,
  meeting,
}) => {
  const { reference } = question;
  const query =
    classification.topic.length > 0
      ? withMinutesTerms(question.text, classification.topic, context.search).join(" ")
      : question.text;
  // The meeting the conversation points at ("what did it say about victims?"), else the body and
  // dates the question's own words name.
  const range = meeting
    ? { from: meeting.date, to: meeting.date }
    : reference.date
      ? dateRange(reference.date.spec)
      : null;
  const body = meeting?.body ?? (reference.body && reference.bodyNamed ? reference.body : null);
  const options: SearchOptions = {
    limit: SEARCH_PAGE,
    offset,
    ...(body ? { body } : {}),
    ...(range ?? {}),
  };
  const response = withinScope(
    withSpeakerFirst(
      withoutAskedAction(
        context.search.search(query, options),
        query,
        question.text,
        options,
        context,
      ),
      query,
      question.text,
      options,
      context,
    ),
    query,
    options,
    context,
    meeting
      ? `at ${meetingLabel(meeting)}`
      : [
          options.body ? `of the ${options.body}` : null,
          reference.date ? describeDate(reference.date.spec) : null,
        ]
          .filter(Boolean)
          .join(" "),
  );
  // Results built on a corrected word are about that word: the title says so from the start.
  const searched = corrected(query, response.corrections ?? []);
  const answer = blankAnswer(
    "search",
    question,
    `What the minutes say about “${clipAtWord(searched, TITLE_SUBJECT_LENGTH)}”${meeting ? ` at ${meetingLabel(meeting)}` : ""}`,
  );
  answer.results = response.results;
  answer.sections = withListsShown(resultSections(response.results), response.results, context);
  // At one meeting, every passage of a found item that speaks of the subject, not only the best.
  if (meeting)
    answer.sections = withOtherPassages(
      answer.sections,
      response.results,
      classification.topic,
      context,
    );
  if (meeting) answer.meeting = meetingRef(meeting);
  // Everything found is at one meeting ("how did Lynne Owens describe the Casey report"): the
  // answer is about that meeting, and says so.
  const [firstFound] = response.results;
  if (
    !meeting &&
    firstFound &&
    response.total === response.results.length &&
    response.results.every((r) => r.meetingId === firstFound.meetingId)
  ) {
    const only = context.meetings.find((m) => m.id === firstFound.meetingId);
    if (only) answer.meeting = meetingRef(only);
  }
  // Someone the passages do not name may be spoken of by their post ("the Deputy Commissioner").
  const named = namedPerson(classification.topic, context);
  if (named && !response.results.some((r) => namesPerson(r.excerpt, named.person))) {
    const byPost = passagesByPost(named.person, named.rest).filter(
      ({ meeting }) =>
        (!options.body || meeting.body === options.body) &&
        (!options.from || meeting.date >= options.from) &&
        (!options.to || meeting.date <= options.to),
    );
    if (byPost.length > 0) return byPostAnswer(answer, named.person, byPost);
  }
  const shown = response.results.length;
  const listed =
    shown === 0 ? (named?.person ?? listedPerson(classification.topic, context)) : null;
  if (shown > 0) {
    const range = shown === 1 ? `${offset + 1}` : `${offset + 1}–${offset + shown}`;
    const count = `${response.total} agenda item${response.total === 1 ? " matches" : "s match"}; showing ${range}, best first.`;
    // The note says which words matched nothing, so a partial match is not taken for a full one;
    // a figure asked for that no passage shown gives is said to be missing first.
    const figure =
      missingFigure(question.text, response.results, context) ??
      unnamedInClosest(question.text, response.results, context);
    answer.summary = [figure, response.note, count].filter(Boolean).join(" ");
  } else {
    // Which words the minutes do not mention comes first; a spelling to try, after it. Someone
    // the attendance lists name is not "not mentioned": the answer says where they are named.
    const why = listed
      ? `No agenda item names ${listed.name}; the attendance lists name them at ${plural(new Set(listed.appearances.map((a) => a.meeting)).size, "meeting")}.`
      : (response.note ?? `Nothing in the minutes matches “${query}”.`);
    const didYouMean =
      response.suggestions.length > 0
        ? ` Did you mean ${response.suggestions.map((s) => `“${s}”`).join(" or ")}?`
        : "";
    answer.summary = `${why}${didYouMean}`;
  }
  if (response.total > offset + shown && shown > 0) {
    answer.more = { query: question.asked, offset: offset + shown };
  }
  answer.followUps = [
    ...(listed ? [`which meetings did ${listed.name} attend?`] : []),
    ...response.suggestions.slice(0, 2),
    // Silent on "online fraud" but not on "fraud", an agenda subject of its own: the narrower
    // question is one click away ("stop" of "stop and search" is no subject, so none is offered).
    ...(shown === 0 &&
    response.mentioned &&
    context.directory.agendaSubjects.has(response.mentioned)
      ? [`what was said about ${response.mentioned.join(" ")}?`]
      : []),
    ...(shown === 0 ? ["list the meetings", "help"] : []),
    ...(shown > 0 && response.results[0]
      ? [
          `what happened at the ${response.results[0].body} meeting on ${formatDate(response.results[0].date)}?`,
        ]
      : []),
  ];
  return answer;
};

// "How much money did the fund award", "how many officers were recruited": a figure the minutes
// may not give. Only questions that reach the search ask it; counts of attendees, apologies,
// items and meetings have their own answers.
const AMOUNT_ASKED =
  /\bhow much\b.*\b(?:money|funding|funds?|cash|budget|cost|costs|spent|spend|paid|pay|award\w*|grant\w*|worth|invest\w*)\b|\bwhat (?:was|is|were|are) the (?:cost|budget|amount|value|sum)\b|^(?:what|which) (?:budget|funding|amount|sum|money)\b/;
// "How many …", "what was the ineffective trial rate", "what is the percentage of …".
const NUMBER_ASKED =
  /\bhow many\b|^what(?:'s| was| is| were| are) the (?:[a-z-]+ ){0,4}(?:rates?|percentages?|proportions?|figures?|totals?|numbers?|levels?)\b/;
// £2m, 60 million, 3,000 pounds.
const AMOUNT =
  /[£$€]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand|pounds?)\b|\b(?:million|billion|thousand) pounds\b/i;
// Any count but a year ("since 2019"): digits or a number written out ("one" is as often "day
// one" or "one of the").
const NUMBER =
  /\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|million)\b/i;

const PARAGRAPH_NUMBER = /^\s*\d+(?:\.\d+)*[.)]\s+/;

/**
 * The sentence saying the minutes give no figure, when the question asks for one (an amount or a
 * number) and the closest passage (the first result's, read whole, not only its excerpt) holds
 * none; null otherwise. Later results match the question less, so a figure in them is no answer.
 */
function missingFigure(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const amount = AMOUNT_ASKED.test(text);
  const [closest] = results;
  if (!closest || (!amount && !NUMBER_ASKED.test(text))) return null;
  const found = resultPassage(closest, context);
  const passage = found ? found.passages[found.at]?.text : undefined;
  // "6. The criminal justice work …": a paragraph's own number is no figure.
  const prose = (passage ?? closest.excerpt).replace(PARAGRAPH_NUMBER, "");
  if ((amount ? AMOUNT : NUMBER).test(prose)) return null;
  return amount
    ? "The minutes do not record an amount for this: the closest passage gives none."
    : "The minutes do not give a number for this: the closest passage has none.";
}

/** The closest passage counts what the question asks to be named, and names none of them. */
function unnamedInClosest(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const [closest] = results;
  if (!closest) return null;
  const found = resultPassage(closest, context);
  return unnamedMembers(text, found?.passages[found.at]?.text ?? closest.excerpt);
}

/** The most entries of a list shown under the excerpt that introduces it. */
const LIST_SHOWN = 12;

/**
 * "… discussed 6 areas/asks for partners … with:": an excerpt that ends by introducing a list is
 * followed by the list, the entries the minutes set out after it in the same item, as bullets
 * (the excerpt alone promises six asks and shows none).
 */
function withListsShown(
  sections: AnswerSection[],
  results: readonly SearchResult[],
  context: AnswerContext,
): AnswerSection[] {
  return sections.map((section, i) => {
    const result = results[i];
    if (!result || !section.text || !/:\s*$/.test(section.text)) return section;
    const found = resultPassage(result, context);
    if (!found) return section;
    const entries: string[] = [];
    for (const passage of found.passages.slice(found.at + 1)) {
      if (entries.length >= LIST_SHOWN || !isListHeading(passage.text)) break;
      entries.push(withoutListMarker(passage.text));
    }
    return entries.length > 0 ? { ...section, bullets: entries } : section;
  });
}

/** Whether a text names the person: their surname as a word. */
function namesPerson(text: string, person: Person): boolean {
  const words = new Set(nameTokens(text));
  return person.spellings.some((name) => {
    const surname = nameTokens(name).at(-1);
    return surname !== undefined && words.has(surname);
  });
}

/**
 * "What did Craig Mackey say about corruption": no passage names him, but at the meeting where
 * he alone was Deputy Commissioner "the Deputy Commissioner explained …". The answer says so and
 * cites those passages.
 */
function byPostAnswer(answer: Answer, person: Person, found: readonly PassageByPost[]): Answer {
  const shown = found.slice(0, SEARCH_PAGE);
  const ways = [
    ...new Set(
      found.map(({ by, kind, meeting }) =>
        kind === "post"
          ? `“the ${by}” at ${meetingLabel(meeting)}, where the attendance list gives that post to ${person.name} alone`
          : `“${by}” at ${meetingLabel(meeting)}, where ${person.name} is the only attendee from it`,
      ),
    ),
  ];
  answer.summary = `No passage names ${person.name}. ${plural(found.length, "passage")} speak${found.length === 1 ? "s" : ""} of ${ways.join("; ")}:`;
  answer.sections = shown.map(({ meeting, item, passage, by }) => ({
    heading: `${meetingLabel(meeting)}: ${itemLabel(item)}`,
    text: passage.text,
    highlights: highlightsOf(passage.text, by),
    bullets: [],
    citation: citeLine(meeting, passage.line),
  }));
  answer.meetings = [...new Set(shown.map((f) => f.meeting.id))];
  answer.followUps = [`which meetings did ${person.name} attend?`];
  return answer;
}

/**
 * "Who's going to host the roundtable?": the minutes never say "host", but they say who is setting
 * the roundtable up. When the asked action is the only word keeping the search silent, the rest of
 * the question is searched, and the note says the action's word is not written.
 */
function withoutAskedAction(
  response: SearchResponse,
  query: string,
  asked: string,
  options: SearchOptions,
  context: AnswerContext,
): SearchResponse {
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
}

// How far down the ranking a passage where the speaker says it is looked for.
const SPEAKER_DEPTH = 20;

/**
 * "What did the Mayor raise at it?": among the items found, those whose passage has the speaker
 * saying it ("the Mayor raised the issue of police corruption") come first, in their own order,
 * from as far down the ranking as SPEAKER_DEPTH; the rest keep theirs.
 */
function withSpeakerFirst(
  response: SearchResponse,
  query: string,
  asked: string,
  options: SearchOptions,
  context: AnswerContext,
): SearchResponse {
  const speaking = speakerAsked(asked);
  if (!speaking || response.results.length === 0) return response;
  const offset = options.offset ?? 0;
  const limit = options.limit ?? SEARCH_PAGE;
  const deep = context.search.search(query, {
    ...options,
    offset: 0,
    limit: Math.max(SPEAKER_DEPTH, offset + limit),
  });
  const says = (result: SearchResult) => {
    const found = resultPassage(result, context);
    return speaking.pattern.test(found?.passages[found.at]?.text ?? result.excerpt);
  };
  const first = deep.results.filter(says);
  if (first.length === 0) return response;
  const ordered = [...first, ...deep.results.filter((r) => !first.includes(r))];
  return { ...response, results: ordered.slice(offset, offset + limit) };
}

/** Where `words` appear in `text`, as highlight offsets. */
function highlightsOf(text: string, words: string): [number, number][] {
  const at = text.toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? [] : [[at, at + words.length]];
}

/** The one person the topic words name, when they name nothing but that person. */
function listedPerson(topic: readonly string[], context: AnswerContext): Person | null {
  if (topic.length === 0) return null;
  const { people, ordinary } = context.directory;
  const found = findPeople(topic.join(" "), people, ordinary);
  const [person] = found;
  if (found.length !== 1 || !person) return null;
  const names = new Set(person.spellings.flatMap((name) => nameTokens(name)));
  return topic.every((word) => names.has(word)) ? person : null;
}

// A subject of up to this many words is one subject: the minutes are silent on it in a period
// when they are silent on any of its words there (as search itself rules for the whole minutes).
const SCOPED_SUBJECT_WORDS = 3;

/**
 * "Was the Casey review discussed before 2023": search matches a query's words over the whole
 * minutes, so within a period or body it may find only "review". A short subject one of whose
 * words no passage in scope mentions is one the minutes in scope are silent on: no results, and
 * the note says which words and where.
 */
function withinScope(
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
