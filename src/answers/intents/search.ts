import { sentencesOf } from "../../corpus/record/sentences.js";
import { stemWord } from "../../search/stem.js";
import type { SearchOptions, SearchResult } from "../../search/types.js";
import { writtenAmount } from "../amount-words.js";
import { type Answer, type AnswerSection, withDetail } from "../answer.js";
import { withAskedExcerpts } from "../asked-excerpt.js";
import { outcomeAsked, untoldOutcome } from "../asked-outcome.js";
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
import { describeDate, type MeetingReference, resolveMeeting } from "../meeting-ref.js";
import { withMinutesTerms } from "../minutes-terms.js";
import { missingFigure, unnamedInClosest } from "../missing-figure.js";
import {
  holdersNamedByPost,
  namedPerson,
  type PassageByPost,
  passagesByPost,
} from "../named-by-post.js";
import { organisationOfInitials } from "../organisations.js";
import { withOtherPassages } from "../other-passages.js";
import { outsiderPresence } from "../outsider-presence.js";
import { passageVerdict } from "../passage-verdict.js";
import { namesPerson, onlyPersonNamed, type Person } from "../people.js";
import { escapeRegExp } from "../reg-exp.js";
import { closestPassageText, passageText, resultPassage } from "../result-passage.js";
import { withinScope, withoutAskedAction, withSpeakerFirst } from "../search-steps.js";
import { speakerAsked } from "../speaker-asked.js";
import { spokenOn } from "../spoken-on.js";
import { descriptionAsked, untoldDescription } from "../untold-description.js";
import { untoldReason } from "../untold-reason.js";

/** How many results one answer shows; "More results" asks again with an offset. */
export const SEARCH_PAGE = 3;

/** A title holds the subject, not a whole rambling message. */
const TITLE_SUBJECT_LENGTH = 60;

/**
 * Whether a word the minutes never use stands, as asked, straight before one they do, making it another
 * subject: "knife" of "knife crime policing" (passages on "crime" are not on knife crime); not
 * "figures" after "the met's corruption", nor "call" or "jan" beside "deputy mayor".
 */
function modifiesMentioned(
  text: string,
  unmentioned: readonly string[],
  mentioned: readonly string[],
): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'&-]+/u);
  const near = new Set(mentioned.map((word) => word.toLowerCase()));
  return unmentioned.some((missing) => {
    const last = missing.toLowerCase().split(/\s+/).at(-1) ?? "";
    return words.some((word, i) => word === last && near.has(words[i + 1] ?? ""));
  });
}
// The engine's sentence that the words left alone would not answer, which the closest passages
// shown under it would contradict.
const WOULD_NOT_ANSWER = / Passages on [^.]* alone would not answer it\./;

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

/** The query's words without `words`. */
function withoutWords(query: string, words: ReadonlySet<string>): string {
  return query
    .split(/\s+/)
    .filter((word) => !words.has(word))
    .join(" ");
}

/**
 * "What did the board in april say about …" asked in June 2023: a month or day named with no year
 * spans no dates to search within, but names the one meeting it resolves to (meeting-ref.ts's
 * `yearless`: this year's, or the only one held), which the search is then made at.
 */
function yearlessMeeting(reference: MeetingReference, context: AnswerContext) {
  if (!reference.date || dateRange(reference.date.spec)) return undefined;
  const resolution = resolveMeeting(reference, context.meetings, context.today());
  return resolution.status === "found" ? (resolution.meeting ?? undefined) : undefined;
}

/** Everything else: the best passages of the minutes for the question's words. */
export const answerSearch: IntentAnswerer = ({
  question,
  classification: asked,
  context,
  offset,
  meeting: given,
}) => {
  const { reference } = question;
  const meeting = given ?? yearlessMeeting(question.reference, context);
  // "What did lc raise w the met?": a word the minutes never write that is the initials of a
  // body the lists name is that body, as the minutes write it.
  const { spelledWords, posts } = context.directory;
  const classification = {
    ...asked,
    topic: asked.topic.flatMap((word) =>
      spelledWords.has(word)
        ? [word]
        : (organisationOfInitials(word, posts.attendees)?.toLowerCase().split(/\s+/) ?? [word]),
    ),
  };
  // "What did the survey find", "has the board been set up yet": the words asking for a finding,
  // outcome or later event are not searched for; the subject is, and whether its passages say
  // what was asked is checked below.
  // When every word is an asking word ("has the DMG met since June 2020?"), they are what is
  // left to search: never the raw question.
  const outcome = outcomeAsked(question.text);
  const unasked = classification.topic.filter((word) => !outcome?.asking.has(word));
  // "How much of the £60m …": the minutes write "£60 million".
  const subject = (unasked.length > 0 ? unasked : classification.topic).flatMap(
    (word) => writtenAmount(word) ?? [word],
  );
  const query =
    subject.length > 0
      ? withMinutesTerms(question.text, subject, context.search).join(" ")
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
  const where = meeting
    ? `at ${meetingLabel(meeting)}`
    : [
        options.body ? `of the ${options.body}` : null,
        reference.date ? describeDate(reference.date.spec) : null,
      ]
        .filter(Boolean)
        .join(" ");
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
    // "What did the VRU report at the feb 21 board?": the verb asking what someone said ranks
    // the passages where they said it, but the minutes need not write it ("There was a short
    // update on the work of the VRU"), so it is no word they are silent on.
    withoutWords(query, new Set(speakerAsked(question.text)?.verb.split(" ") ?? [])),
    options,
    context,
    where,
  );
  // Results built on a corrected word are about that word: the title says so from the start.
  const searched = corrected(query, response.corrections ?? []);
  const answer = blankAnswer(
    "search",
    question,
    `What the minutes say about “${clipAtWord(searched, TITLE_SUBJECT_LENGTH)}”${meeting ? ` at ${meetingLabel(meeting)}` : ""}`,
  );
  // Each excerpt is cut where it answers what is asked ("which city", "who presented"), not only
  // where most of the subject's words are.
  answer.results = withAskedExcerpts(
    question.text,
    classification.topic,
    response.results,
    context,
  );
  answer.sections = withListsShown(resultSections(answer.results), answer.results, context);
  // At one meeting, every passage of a found item that speaks of the subject, not only the best.
  if (meeting)
    answer.sections = withOtherPassages(
      answer.sections,
      response.results,
      classification.topic,
      context,
    );
  if (meeting) answer.meeting = meetingRef(meeting);
  // Everything found is at one meeting ("how did Lynne Owens describe the Casey report"), or the
  // question's dates hold one meeting ("what did the Mayor bring up in 2015"): the answer is
  // about that meeting, and says so.
  const [firstFound] = response.results;
  const inScope = context.meetings.filter(
    (m) =>
      (!options.body || m.body === options.body) &&
      (!options.from || m.date >= options.from) &&
      (!options.to || m.date <= options.to),
  );
  if (
    !meeting &&
    firstFound &&
    (response.total === response.results.length || inScope.length === 1) &&
    response.results.every((r) => r.meetingId === firstFound.meetingId)
  ) {
    const only = context.meetings.find((m) => m.id === firstFound.meetingId);
    if (only) answer.meeting = meetingRef(only);
  }
  // Someone the passages do not name may be spoken of by their post ("the Deputy Commissioner").
  const named = namedPerson(classification.topic, context);
  if (named && !response.results.some((r) => namesPerson(r.excerpt, named.person))) {
    const byPost = passagesByPost(named.person, named.rest).filter(({ meeting }) =>
      inScope.some((m) => m.id === meeting.id),
    );
    // "What did he raise?": the passages where the post is said to raise it come first.
    const verb = speakerAsked(question.text)?.verb;
    const said = verb ? new RegExp(`\\b${escapeRegExp(verb.slice(0, 4))}\\w*`, "i") : null;
    const ordered = said
      ? [
          ...byPost.filter((f) => said.test(f.passage.text)),
          ...byPost.filter((f) => !said.test(f.passage.text)),
        ]
      : byPost;
    if (byPost.length > 0) return byPostAnswer(answer, named.person, ordered);
  }
  // "What did Sophie Linden say about violence against women?": she is named, and the subject
  // spoken of, but never together; the closest passages are then not her on it, and it is said.
  // Together at one meeting only, the answer is about that meeting.
  const together =
    named && named.rest.length > 0
      ? spokenOn(named.person, named.rest, inScope, context.directory.words)
      : null;
  const [first] = together ?? [];
  if (!meeting && first && together?.every((t) => t.meeting.id === first.meeting.id))
    answer.meeting = meetingRef(first.meeting);
  const untogether =
    together && together.length === 0
      ? `The minutes do not record ${named?.person.name} on “${named?.rest.join(" ")}”; the passages closest to it are below.`
      : null;
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
      unnamedInClosest(question.text, response.results, context) ??
      untoldDescriptionOf(question.text, response.results, context) ??
      untoldReason(question.text, response.results, context) ??
      (outcome
        ? untoldOutcome(
            outcome,
            // "Where was the 2020 disoder?": the passages hold the word as corrected.
            subject.map((word) => response.corrections?.find((c) => c.from === word)?.to ?? word),
            response.results.map((result) => passageText(result, context)),
          )
        : null);
    answer.summary = [
      untogether,
      figure,
      whoByPost(question.text, response.results, context),
      response.note,
      count,
    ]
      .filter(Boolean)
      .join(" ");
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
    // "Was the VAWG action plan refreshed again in 2023": silent in that scope, the minutes may
    // still say what became of it before; the answer says they do not say, then what they do.
    const elsewhere =
      outcome && subject.length > 0 && scoped(options)
        ? context.search.search([query, ...outcome.happening].join(" "), { limit: SEARCH_PAGE })
        : null;
    if (outcome && elsewhere && elsewhere.results.length > 0) {
      answer.summary = `The minutes do not say ${outcome.untold(`“${subject.join(" ")}”`)} ${where}: ${why.charAt(0).toLowerCase()}${why.slice(1)} What they say of it elsewhere:`;
      answer.results = elsewhere.results;
      answer.sections = resultSections(elsewhere.results);
    } else if (
      response.mentioned &&
      response.mentioned.length >= 2 &&
      !modifiesMentioned(question.text, response.unmentioned ?? [], response.mentioned) &&
      !listed &&
      offset === 0
    ) {
      // "What did the met's corruption figures show?": silent on "figures", the minutes still
      // speak of the rest (the 2015 board's police corruption); the passages on it are shown as
      // the closest, under the silence, so the asker sees what is near and that it does not answer.
      // A word of the subject itself missing ("knife" of "knife crime") leaves another subject,
      // whose passages are not near the one asked, and the engine's "would not answer it" stands
      // alone.
      const near = context.search.search(response.mentioned.join(" "), { ...options, offset: 0 });
      if (near.results.length > 0) {
        answer.summary = `${answer.summary.replace(WOULD_NOT_ANSWER, "")} The closest passages:`;
        answer.results = near.results;
        answer.sections = resultSections(near.results);
      }
    }
  }
  // "Was Baroness Casey at the meeting?": the minutes speak of her, but no list holds her.
  const focus = meeting ?? context.meetings.find((m) => m.id === answer.meeting?.id) ?? null;
  const outsider = outsiderPresence(
    question.text,
    response.results.flatMap((result) => {
      const at = context.meetings.find((m) => m.id === result.meetingId);
      return at ? [{ text: passageText(result, context), meeting: at }] : [];
    }),
    focus,
    context,
  );
  if (outsider) {
    answer.title = outsider.title;
    answer.summary = [outsider.summary, answer.summary].filter(Boolean).join(" ");
  }
  if (response.total > offset + shown && shown > 0) {
    answer.more = { query: question.asked, offset: offset + shown };
  }
  // "Is the DMG a subgroup of the London Recovery Board?": the excerpt shown answers it, so the
  // answer says yes or no first, as the excerpt does.
  const [best] = answer.results;
  // Not when what became of it is asked ("has it been set up yet?": untoldOutcome says whether
  // the minutes tell), nor when the person asked about is not recorded on the subject.
  const verdict =
    !outsider && !outcome && !untogether && offset === 0 && best
      ? passageVerdict(
          question.text,
          classification.topic,
          best.excerpt,
          new Set((response.unmatched ?? []).map((word) => word.toLowerCase())),
        )
      : null;
  if (best && verdict) {
    const label = `${best.body}, ${formatDate(best.date)}`;
    answer.title = verdict.denial
      ? `No: the minutes of ${label} say “${clipAtWord(verdict.denial, VERDICT_QUOTE_LENGTH)}”`
      : `Yes, as the minutes of ${label} record`;
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
  return verdict ? withDetail(answer, { kind: "yes-no", verdict: verdict.verdict }) : answer;
};

/** A sentence quoted in a yes-or-no answer's first line is cut at a word past this. */
const VERDICT_QUOTE_LENGTH = 140;

// "Who briefed on the recent disorder", "who gave the update", "who was briefing on …": asked for
// a person, by the verb after any auxiliary ("was" is no deed a sentence can be matched on).
const WHO_ASKED =
  /^(?:and )?who (?:(?:was|is|are|were|will|would|can|should|did|has|had)(?: been| be)? )?(?!(?:was|is|are|were|will|would|can|should|did|has|had|been|be)\b)([a-z]+)\b/;

/**
 * "Who briefed on the recent disorder" when the closest passage says "The Deputy Commissioner gave
 * a brief update …": who held that post at the meeting, as its attendance list names them.
 */
function whoByPost(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const [closest] = results;
  const verb = WHO_ASKED.exec(text)?.[1];
  if (!closest || !verb) return null;
  const meeting = context.meetings.find((m) => m.id === closest.meetingId);
  const passage = closestPassageText(results, context);
  if (!meeting || passage === null) return null;
  // The sentence that does what was asked ("briefed": "gave a brief update"), not another
  // sentence of the passage: in "the Mayor raised the issue … The Deputy Commissioner explained
  // …", who raised it is not the Deputy Commissioner. Someone the sentence names needs no naming.
  const asked = stemWord(verb);
  const sentences = sentencesOf(passage).filter((sentence) =>
    (sentence.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => stemWord(word) === asked),
  );
  const holders = sentences.flatMap((sentence) =>
    holdersNamedByPost(sentence, meeting, context.directory.people).filter(
      ({ person }) => !namesPerson(sentence, person),
    ),
  );
  if (holders.length === 0) return null;
  const lines = holders.map(
    ({ person, by }) => `The ${by} at ${meetingLabel(meeting)} was ${person.name}.`,
  );
  return [...new Set(lines)].join(" ");
}

/**
 * "What's the Safer Streets Board for?": the minutes do not say, when the passages found (or, if
 * none of them names it, the thing's own) only mention it.
 */
function untoldDescriptionOf(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const asked = descriptionAsked(text);
  if (!asked) return null;
  // Every passage of the items found, and their titles: the best passage of an item for the
  // question's words ("sits", "board") need not be the one naming the members.
  const itemTexts = (found: readonly SearchResult[]) =>
    found.flatMap((result) => [
      result.item.title,
      ...(resultPassage(result, context)?.passages.map((passage) => passage.text) ?? [
        passageText(result, context),
      ]),
    ]);
  return untoldDescription(asked, itemTexts(results), () =>
    itemTexts(context.search.search(asked.subject, { limit: SEARCH_PAGE }).results),
  );
}

/** Whether a search is narrowed to a body, a meeting or a stretch of time. */
function scoped(options: SearchOptions): boolean {
  return options.body !== undefined || options.from !== undefined || options.to !== undefined;
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
          : kind === "title"
            ? `“the ${by}” at ${meetingLabel(meeting)}, where the minutes call ${person.name} “${by} ${person.name.split(/\s+/).at(-1)}”`
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
  const [only] = shown;
  if (only && answer.meetings.length === 1) answer.meeting = meetingRef(only.meeting);
  answer.followUps = [`which meetings did ${person.name} attend?`];
  return answer;
}

/** Where `words` appear in `text`, as highlight offsets. */
function highlightsOf(text: string, words: string): [number, number][] {
  const at = text.toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? [] : [[at, at + words.length]];
}

/** The one person the topic words name, when they name nothing but that person. */
function listedPerson(topic: readonly string[], context: AnswerContext): Person | null {
  return onlyPersonNamed(topic, context.directory.people, context.directory.ordinary);
}
