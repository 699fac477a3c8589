import { addDays } from "../../../corpus/calendar.js";
import type { Meeting } from "../../../corpus/model.js";
import { sentencesOf } from "../../../corpus/record/sentences.js";
import { type Answer, type AnswerSection, withDetail } from "../../answer.js";
import {
  citeLine,
  firstSentence,
  formatDate,
  isListHeading,
  itemLabel,
  meetingLabel,
  meetingRef,
  plural,
} from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeDate, EVERY_MEETING } from "../../meeting-ref.js";
import { absenceOf } from "../../passage-verdict.js";
import { BOARD_WORDS } from "../../question.js";
import type { Executor, ExecutorInput } from "../executor.js";
import type { MeetingWords } from "../meeting-words.js";
import {
  itemMentions,
  type Mention,
  spellSubject,
  textMentions,
  textMentionsTogether,
} from "../mentions.js";
import { otherWordsFor } from "../other-words.js";
import { HAPPENED } from "../readers/follow-up-readers.js";
import { scopeWords } from "./record-scope.js";
import { subjectsSideBySide } from "./subjects-side-by-side.js";
import { unclearAnswer } from "./unclear.js";

/** The meetings in scope: those the selectors name, within "since"/"until", else all. */
function scopeOf(input: ExecutorInput): Meeting[] | null {
  const { query, resolutions, context } = input;
  let scope = context.meetings as Meeting[];
  const [resolution] = resolutions;
  const selector = query.meetings[0];
  if (resolution && selector) {
    if (resolution.status === "found") scope = resolution.meetings;
    // "Before 2023": every meeting of the period, not a choice of one.
    else if (resolution.status === "ambiguous" && selector.date && !selector.previous)
      scope = resolution.candidates;
    else if (selector.body && !selector.date && !selector.topic.length && !selector.person)
      scope = scope.filter((m) => m.body === selector.body);
    else return null;
    // "When did the DMG discuss covid": every DMG meeting, not only the latest.
    if (selector.body && !selector.date && !selector.position && !selector.shift)
      scope = context.meetings.filter((m) => m.body === selector.body);
  }
  if (query.since) scope = scope.filter((m) => m.date >= (query.since ?? ""));
  if (query.until) scope = scope.filter((m) => m.date <= (query.until ?? ""));
  return scope;
}

/**
 * A subject across meetings: which meetings discussed it (each with its items and a cited
 * line), when first or last, how often, or its passages in date order (timeline). Items are
 * found through the search index, then kept only when they mention every word of the subject,
 * so a passing match on one common word does not count as a discussion.
 */
export const passagesExecutor: Executor = (input) => {
  const { query, question, context } = input;
  if (query.subjects) return subjectsSideBySide(input, passagesExecutor);
  const scope = scopeOf(input);
  const { words: known } = context.directory;
  const subject = spellSubject(query.topic, scope ?? context.meetings, context.search, known);
  const [resolution] = input.resolutions;
  if (!scope && resolution) return unclearAnswer(input, "meetings", resolution, query.meetings[0]);
  const words = subject.join(" ");
  const answer = blankAnswer("meetings", question, `Meetings that discussed “${words}”`);
  answer.query = query;
  if (subject.length === 0) {
    answer.title = "What subject?";
    answer.summary =
      "I could not tell which subject you mean; ask with its words, e.g. “which meetings discussed fraud?”.";
    return answer;
  }
  // Every meeting in scope is read for the subject's words: an index of the whole minutes would
  // rank items, but a list across meetings needs each one that mentions it, not the best few.
  const mentioned = (scope ?? []).map((meeting) => ({
    meeting,
    mentions: itemMentions(meeting, subject, known),
  }));
  // "Community engagement" is a phrase the minutes use: an item with "community" and
  // "engagement" apart (2015's counter terrorism) did not discuss it.
  const asPhrase = mentioned.some(({ mentions }) => mentions.some(standsTogether(subject)));
  const byMeeting = mentioned
    .map(({ meeting, mentions }) => ({
      meeting,
      mentions: asPhrase
        ? mentions.filter(standsTogether(subject))
        : namedTogether(mentions, subject),
    }))
    .filter((entry) => entry.mentions.length > 0);
  // "Which meetings mention the pandemic": those that wrote it as "COVID" too, said so.
  const otherWords =
    query.aggregation === "list" || query.aggregation === "count"
      ? inOtherWords(scope ?? [], subject, byMeeting, known)
      : null;
  if (otherWords) byMeeting.splice(0, byMeeting.length, ...otherWords.byMeeting);
  if (query.aggregation === "whether" && query.since && HAPPENED.test(question.text))
    return happenedAnswer(input, answer, subject, scope ?? [], byMeeting, query.since);
  if (query.aggregation === "whether")
    return whetherAnswer(input, answer, subject, scope ?? [], byMeeting);
  if (query.aggregation === "list" && NOT_DISCUSSED.test(question.text))
    return notDiscussedAnswer(answer, words, scope ?? [], byMeeting);
  if (byMeeting.length === 0) {
    // Only now ask the index: a misspelt subject gets "did you mean".
    const { suggestions } = context.search.search(words, { limit: 1 });
    answer.title = `The minutes do not mention “${words}”`;
    answer.summary = `No meeting${scope && scope.length < context.meetings.length ? " in that period" : ""} I hold discussed “${words}”.${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `“${s}”`).join(" or ")}?` : ""}`;
    answer.followUps = ["list the meetings"];
    return answer;
  }
  const first = byMeeting[0];
  const last = byMeeting.at(-1);
  if ((query.aggregation === "first" || query.aggregation === "last") && first && last) {
    const chosen = query.aggregation === "first" ? first : last;
    answer.meeting = meetingRef(chosen.meeting);
    answer.title = `${query.aggregation === "first" ? "First" : "Last"} discussed on ${formatDate(chosen.meeting.date)} (${chosen.meeting.body})`;
    answer.summary = `“${words}” came up in ${plural(byMeeting.length, "meeting")} I hold; the ${query.aggregation} was ${meetingLabel(chosen.meeting)}.`;
    answer.sections = chosen.mentions.flatMap((m) => sectionsOf(m, true, subject));
    answer.followUps = [
      `which meetings discussed ${words}?`,
      `who attended the ${chosen.meeting.body} meeting on ${formatDate(chosen.meeting.date)}?`,
    ];
    return answer;
  }
  const timeline = query.aggregation === "timeline";
  answer.meetings = byMeeting.map((entry) => entry.meeting.id);
  if (byMeeting.length === 1 && first) answer.meeting = meetingRef(first.meeting);
  answer.title = timeline
    ? `“${words}” over time`
    : query.aggregation === "count"
      ? `“${words}” came up in ${plural(byMeeting.length, "meeting")}`
      : `${plural(byMeeting.length, "meeting")} discussed “${words}”`;
  answer.summary = `${byMeeting.map((e) => meetingLabel(e.meeting)).join("; ")}${query.since ? ` (since ${formatDate(query.since)})` : ""}.${otherWords ? ` Counting where the minutes write ${otherWords.written.map((w) => `“${w}”`).join(" or ")} for it.` : ""}`;
  answer.sections = byMeeting.flatMap(({ mentions }) =>
    timeline
      ? mentions.flatMap((m) => sectionsOf(m, true, subject))
      : mentions.slice(0, 2).flatMap((m) => sectionsOf(m, false, subject)),
  );
  answer.followUps = [
    ...(first ? [`when was ${words} first discussed?`] : []),
    `timeline of ${words}`,
  ];
  if (timeline) return withDetail(answer, { kind: "timeline" });
  if (query.aggregation === "count")
    return withDetail(answer, { kind: "count", count: byMeeting.length });
  return withDetail(answer, { kind: "list" });
};

type MeetingMentions = { meeting: Meeting; mentions: Mention[] };

/**
 * The meetings that mention a one-word subject in another word for it (otherWordsFor), added to
 * those that mention it as asked, in date order; with the words as the minutes wrote them. Null
 * when no other meeting does.
 */
function inOtherWords(
  scope: readonly Meeting[],
  subject: readonly string[],
  byMeeting: readonly MeetingMentions[],
  known: MeetingWords,
): { byMeeting: MeetingMentions[]; written: string[] } | null {
  const others = otherWordsFor(subject);
  if (others.length === 0) return null;
  const found = new Set(byMeeting.map((entry) => entry.meeting));
  const written = new Set<string>();
  const added = scope.flatMap((meeting) => {
    if (found.has(meeting)) return [];
    for (const other of others) {
      const mentions = itemMentions(meeting, [other], known);
      const [first] = mentions;
      if (!first) continue;
      const text = [first.item.title, ...first.passages.map((p) => p.text)].join(" ");
      const word = new RegExp(`\\b${other}[\\w-]*`, "i").exec(text)?.[0];
      if (word) written.add(word);
      return [{ meeting, mentions }];
    }
    return [];
  });
  if (added.length === 0) return null;
  const order = new Map(scope.map((meeting, at) => [meeting, at]));
  const merged = [...byMeeting, ...added].sort(
    (a, b) => (order.get(a.meeting) ?? 0) - (order.get(b.meeting) ?? 0),
  );
  return { byMeeting: merged, written: [...written] };
}

/** Whether a mention holds the subject's words together, in a passage or in its item's title. */
function standsTogether(subject: readonly string[]): (mention: Mention) => boolean {
  return (mention) =>
    subject.length > 1 &&
    (textMentionsTogether(mention.item.title, subject) ||
      mention.passages.some((p) => textMentionsTogether(p.text, subject)));
}

/**
 * "The London Policing Board" is a name: only items where its words stand together mention it,
 * not one that says "London", "policing" and "board" apart.
 */
function namedTogether(mentions: Mention[], subject: readonly string[]): Mention[] {
  const last = subject.at(-1);
  if (subject.length < 2 || !last || !BOARD_WORDS.has(last)) return mentions;
  return mentions
    .map((mention) => ({
      ...mention,
      passages: mention.passages.filter((p) => textMentionsTogether(p.text, subject)),
    }))
    .filter(
      (mention) => mention.passages.length > 0 || textMentionsTogether(mention.item.title, subject),
    );
}

// "Which meetings did not discuss the police and crime plan", "never mentioned fraud".
const NOT_DISCUSSED =
  /\b(?:did not|didn't|didnt|does not|doesn't|do not|don't|never|not|has not|hasn't|have not|haven't|without)\b(?: \w+)? (?:discuss\w*|talk\w*|mention\w*|rais\w*|c[oa]me up|cover\w*|consider\w*|debat\w*|bring up|brought up|touch\w* on)\b/;

/** The meetings in scope that did not discuss the subject: those none of whose items mention it. */
function notDiscussedAnswer(
  answer: Answer,
  words: string,
  scope: readonly Meeting[],
  byMeeting: readonly MeetingMentions[],
): Answer {
  const discussed = new Set(byMeeting.map((entry) => entry.meeting));
  const silent = scope.filter((meeting) => !discussed.has(meeting));
  answer.title = `${plural(silent.length, "meeting")} did not discuss “${words}”`;
  answer.meetings = silent.map((m) => m.id);
  if (silent.length === 1 && silent[0]) answer.meeting = meetingRef(silent[0]);
  answer.summary =
    silent.length > 0
      ? `${silent.map(meetingLabel).join("; ")}. ${byMeeting.length > 1 ? `The other ${plural(byMeeting.length, "meeting")} did.` : byMeeting.length === 1 ? "The other meeting did." : "No meeting in scope did."}`
      : `Every meeting in scope (${plural(scope.length, "meeting")}) discussed it.`;
  answer.followUps = [`which meetings discussed ${words}?`];
  return withDetail(answer, { kind: "list" });
}

// Up to three meetings by name, else how many ("any of the 4 meetings of the LCRB").
function meetingsPhrase(meetings: readonly Meeting[], any = false): string {
  if (meetings.length <= 3) return meetings.map(meetingLabel).join(", ");
  return `${any ? "any of the " : ""}${plural(meetings.length, "meeting")}${scopeWords(meetings)}`;
}

/**
 * "Was fraud discussed in 2023?": yes, with where it came up in scope; or no, with where else the
 * minutes mention it (so the answer still points somewhere), or that they never do.
 */
function whetherAnswer(
  input: ExecutorInput,
  answer: Answer,
  subject: readonly string[],
  scope: readonly Meeting[],
  found: readonly MeetingMentions[],
): Answer {
  const { context } = input;
  const words = `“${subject.join(" ")}”`;
  const everywhere = scope.length === context.meetings.length;
  const shown = (entries: readonly MeetingMentions[]) =>
    entries
      .slice(0, 3)
      .flatMap(({ mentions }) =>
        mentions.slice(0, 1).flatMap((m) => sectionsOf(m, false, subject)),
      );
  // "Has VAWG come up at every meeting": yes only when it came up at each one in scope.
  if (EVERY_MEETING.test(input.question.text) && found.length > 0 && found.length < scope.length) {
    const meetings = found.map((e) => e.meeting);
    answer.title = `No: ${words} came up at ${plural(found.length, "meeting")} of the ${scope.length}`;
    answer.summary = `Only at ${meetings.map(meetingLabel).join("; ")}.`;
    answer.meetings = meetings.map((m) => m.id);
    answer.sections = shown(found);
    return withDetail(answer, { kind: "yes-no", verdict: false });
  }
  // "Was any other business raised?" of "There was no other business.": the only sentences
  // naming the subject say it was not there.
  const denials = found.map(({ mentions }) => deniedIn(mentions, subject));
  const [firstDenial] = denials;
  if (found[0] && firstDenial && denials.every((denial) => denial !== null)) {
    const meetings = found.map((e) => e.meeting);
    answer.title = `No: the minutes of ${meetingLabel(found[0].meeting)} say “${firstDenial}”`;
    answer.summary = `${meetings.map(meetingLabel).join("; ")}.`;
    answer.meetings = meetings.map((m) => m.id);
    if (meetings.length === 1) answer.meeting = meetingRef(found[0].meeting);
    answer.sections = shown(found);
    return withDetail(answer, { kind: "yes-no", verdict: false });
  }
  if (found.length > 0) {
    const meetings = found.map((e) => e.meeting);
    answer.title = `${EVERY_MEETING.test(input.question.text) ? "Yes, at every one: " : "Yes: "}${words} came up at ${meetingsPhrase(meetings)}`;
    answer.summary = `${meetings.map(meetingLabel).join("; ")}.`;
    answer.meetings = meetings.map((m) => m.id);
    const [only] = meetings;
    if (meetings.length === 1 && only) answer.meeting = meetingRef(only);
    answer.sections = found.flatMap(({ mentions }) =>
      mentions.slice(0, 2).flatMap((m) => sectionsOf(m, false, subject)),
    );
    return withDetail(answer, { kind: "yes-no", verdict: true });
  }
  const inScope = new Set(scope);
  const elsewhere = everywhere
    ? []
    : context.meetings
        .filter((meeting) => !inScope.has(meeting))
        .map((meeting) => ({
          meeting,
          mentions: itemMentions(meeting, subject, context.directory.words),
        }))
        .filter((entry) => entry.mentions.length > 0);
  // "Before 2023", "in 2022": the period as asked, when the meetings were named by a date.
  const date = input.query.meetings[0]?.date;
  const period =
    date && scope.length > 1 ? describeDate(date) : `at ${meetingsPhrase(scope, true)}`;
  answer.title = everywhere
    ? `No: the minutes do not mention ${words}`
    : `No: ${words} did not come up ${period}`;
  answer.followUps = ["list the meetings"];
  if (elsewhere.length > 0) {
    answer.summary = `It came up at ${elsewhere.map((e) => meetingLabel(e.meeting)).join("; ")}.`;
    answer.meetings = elsewhere.map((e) => e.meeting.id);
    answer.sections = shown(elsewhere);
    return withDetail(answer, { kind: "yes-no", verdict: false });
  }
  // Silent on "online fraud" but not on "fraud", an agenda subject of its own: the narrower
  // question is offered, as the search answer offers it. Only now is the index asked.
  const { suggestions, mentioned } = context.search.search(subject.join(" "), { limit: 1 });
  const narrower =
    mentioned && context.directory.agendaSubjects.has(mentioned) ? mentioned.join(" ") : null;
  answer.summary = narrower
    ? `No meeting I hold mentions it; “${narrower}” alone is an agenda subject.`
    : `No meeting I hold mentions it.${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `“${s}”`).join(" or ")}?` : ""}`;
  if (narrower) answer.followUps.unshift(`what was said about ${narrower}?`);
  return withDetail(answer, { kind: "yes-no", verdict: false });
}

/**
 * "Has it taken place yet?" of something the minutes spoke of: whether an event happened is not
 * theirs to say unless a later meeting reports it, so the answer says where the subject came up
 * after `since` (or that it did not), never a plain yes or no.
 */
function happenedAnswer(
  input: ExecutorInput,
  answer: Answer,
  subject: readonly string[],
  later: readonly Meeting[],
  found: readonly MeetingMentions[],
  since: string,
): Answer {
  const words = `“${subject.join(" ")}”`;
  const after = formatDate(addDays(since, -1));
  if (found.length > 0) {
    const meetings = found.map((entry) => entry.meeting);
    answer.title = `${words} came up again after ${after}, at ${meetingsPhrase(meetings)}`;
    answer.summary = "Whether it has happened, the minutes say only in these passages:";
    answer.meetings = meetings.map((meeting) => meeting.id);
    answer.sections = found.flatMap(({ mentions }) =>
      mentions.slice(0, 2).flatMap((mention) => sectionsOf(mention, false, subject)),
    );
    return answer;
  }
  answer.title = `The minutes do not record it: ${words} does not come up after ${after}`;
  answer.summary =
    later.length > 0
      ? `Not at ${meetingsPhrase(later)}, the ${later.length === 1 ? "meeting" : "meetings"} I hold since.`
      : `I hold no minutes of a meeting after ${after}.`;
  const before = input.context.meetings
    .filter((meeting) => meeting.date < since)
    .map((meeting) => ({
      meeting,
      mentions: itemMentions(meeting, subject, input.context.directory.words),
    }))
    .filter((entry) => entry.mentions.length > 0)
    .slice(-1);
  answer.meetings = before.map((entry) => entry.meeting.id);
  answer.sections = before.flatMap(({ mentions }) =>
    mentions.slice(0, 1).flatMap((mention) => sectionsOf(mention, false, subject)),
  );
  answer.followUps = ["list the meetings"];
  return answer;
}

/**
 * The sentence saying the subject was not there, when every sentence of the mentions that names
 * it says so ("There was no other business."); null when one says it came up. A "not" beside the
 * subject says something of it ("… which you would not find in America"): it came up.
 */
function deniedIn(mentions: readonly Mention[], subject: readonly string[]): string | null {
  const naming = mentions.flatMap((mention) =>
    mention.passages.flatMap((p) =>
      sentencesOf(p.text).filter((sentence) => textMentions(sentence, subject)),
    ),
  );
  return naming.length > 0 && naming.every(absenceOf(subject)) ? (naming[0] ?? null) : null;
}

/** An item that mentions the subject, with its best cited passage (or every one, `all`). */
export function sectionsOf(
  mention: Mention,
  all: boolean,
  subject: readonly string[],
): AnswerSection[] {
  const { meeting, item } = mention;
  const heading = `${meetingLabel(meeting)}: ${itemLabel(item)}`;
  // The discussion, not a list heading or entry that only names the subject ("3. Estate strategy").
  const prose = mention.passages.filter((p) => !isListHeading(p.text));
  const found = prose.length > 0 ? prose : mention.passages;
  const passages = found.length > 0 ? found : item.passages.slice(0, 1);
  const shown = all ? passages : passages.slice(0, 1);
  if (shown.length === 0)
    return [{ heading, text: null, bullets: [], citation: citeLine(meeting, item.line) }];
  return shown.map((passage, i) => ({
    heading: i === 0 ? heading : null,
    text: all ? passage.text : sentenceAbout(passage.text, subject),
    bullets: [],
    citation: citeLine(meeting, passage.line),
  }));
}

// The passage's first sentence that mentions the subject ("… actions on disproportionality from
// the January LCRB …", not "The detailed notes were approved."), else its first sentence.
function sentenceAbout(passage: string, subject: readonly string[]): string {
  const about = sentencesOf(passage).find((sentence) => textMentions(sentence, subject));
  return firstSentence(about ?? passage, 300);
}
