import { withoutAskingFrames } from "../asking-frames.js";
import { withoutDiscussedWords } from "../discussed-words.js";
import { readMeetingReference } from "../meeting-ref.js";
import { topicWords } from "../question.js";
import type { MeetingSelector } from "./query.js";
import { NOT_TOPIC } from "./read-selector.js";
import { COUNT_WORDS } from "./read-target.js";

/** The subject words a selector (and any meeting it steps from) used to name its meeting. */
export function selectorWords(selector: MeetingSelector): string[] {
  return [
    ...selector.topic,
    ...(selector.person?.split(/\s+/) ?? []),
    ...(selector.shift ? selectorWords(selector.shift.from) : []),
  ];
}

/** The words of a phrase that write its date ("april", "2022"). */
export function dateWords(phrase: string): string[] {
  return readMeetingReference(phrase).spans.flatMap(({ start, end }) =>
    phrase
      .slice(start, end)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

const MENTIONED = /^which meetings mentioned ([a-z0-9&' -]+?)\W*$/;

/** Words of the question that neither name the meeting nor ask for the target: the subject. */
export function subjectWords(question: string): string[] {
  const text = withoutAskingFrames(
    withoutDiscussedWords(question.replace(COUNT_WORDS, (words) => " ".repeat(words.length))),
  );
  const dates = readMeetingReference(text).spans;
  // "Which meetings mentioned outcomes?": a word named as what was mentioned is the subject, even
  // one that elsewhere asks how a discussion ended or changed ("what was the outcome").
  const mentioned = new Set(MENTIONED.exec(question)?.[1]?.split(/[^a-z0-9&'-]+/) ?? []);
  return topicWords(text, dates).filter(
    (word) =>
      mentioned.has(word) ||
      (!NOT_TOPIC.has(word) &&
        !/^(?:first|last|latest|often|times|timeline|history|changed?|thinking|conversations?|debates?|evolv\w*|develop(?:ed|s)?|progressed|moved|shifted|years|compare\w*|comparison|differ\w*|different|since|between|outcomes?|results?|upshot|conclu\w*|came|come|comes|out|joined|left|into|day|date|earliest|most|recently|vs|v|versus|now|then|attendance|turnout|headcount|coming|attending|miss(?:ed|es|ing)?|absent|away|skip(?:ped)?|anyone|attendees|people|which|apologies|how|many|who|chaired|chair|time|up|in|more|item|items|agendas?|ever|usually|normally|regularly|always|\d+)$/.test(
          word,
        )),
  );
}

/**
 * The subject words that did not name a meeting: not the meeting's own words, nor the "board"
 * after them ("the Casey board"; "the London Policing Board", which named none, stays).
 */
export function unnamed(words: readonly string[], named: ReadonlySet<string>): string[] {
  return words.filter(
    (word, i) => !named.has(word) && !(/^boards?$/.test(word) && named.has(words[i - 1] ?? "")),
  );
}
