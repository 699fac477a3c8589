import type { Meeting } from "../corpus/model.js";
import { sentencesOf } from "../corpus/record/sentences.js";
import { stemWord } from "../search/stem.js";
import type { Answer, AnswerSection } from "./answer.js";
import { isQuestionStopWord } from "./asked-of.js";
import type { AnswerContext } from "./context.js";
import { citeLine, itemLabel, meetingLabel } from "./format.js";
import { describeMentionDate, type MeetingMention } from "./mentioned-meetings.js";
import { type Question, YES_NO_QUESTION } from "./question.js";

/** "An earlier LCRB meeting on 15 September 2014 (the minutes write “15 September”)". */
function describeMention(mention: MeetingMention): string {
  const kind = mention.when === "earlier" ? "an earlier" : "a later";
  return `${kind} ${mention.body} meeting${mentionDate(mention)}`;
}

/** " on 15 September 2014 (the minutes write “15 September”)", or ", undated". */
export function mentionDate(mention: MeetingMention): string {
  if (!mention.date) return ", undated";
  const written = mention.dateAsWritten;
  const guessed = written && !/\d{4}/.test(written) ? ` (the minutes write “${written}”)` : "";
  return ` ${describeMentionDate(mention.date)}${guessed}`;
}

/** Each description once, joined: "an earlier LCRB meeting undated and a later …". */
export function describeMentions(mentions: readonly MeetingMention[]): string {
  return [...new Set(mentions.map(describeMention))].join("; ");
}

// A paragraph this short is quoted whole: the sentence after a mention often says what it was
// ("… was agreed and will cover: … The standing item … would cover race equality").
const WHOLE_PARAGRAPH_SENTENCES = 2;

/**
 * The sentences that speak of the meetings, cited where the minutes say them: one section per
 * paragraph, quoted whole when short, else only the sentences that speak of a meeting.
 */
export function mentionSections(mentions: readonly MeetingMention[]): AnswerSection[] {
  const byParagraph = new Map<string, MeetingMention[]>();
  for (const mention of mentions) {
    const key = `${mention.by.id}:${mention.line}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), mention]);
  }
  return [...byParagraph.values()].flatMap((group) => {
    const [first] = group;
    if (!first) return [];
    const sentences = [...new Set(group.map((mention) => mention.text))];
    const whole = sentencesOf(first.passage).length <= WHOLE_PARAGRAPH_SENTENCES;
    return [
      {
        heading: `${meetingLabel(first.by)}, ${itemLabel(first.item)}: ${describeMentions(group)}`,
        text: whole ? `“${first.passage}”` : sentences.map((text) => `“${text}”`).join(" … "),
        bullets: [],
        citation: citeLine(first.by, first.line),
      },
    ];
  });
}

const NEGATION = /\b(?:not|no|none|never|nor|neither|yet to)\b/i;

/**
 * Whether a sentence answers a yes-or-no question yes: every word the question asks about (not
 * the words naming the meeting) stands in it, by stem, and nothing in it is negated.
 */
function answersYes(question: Question, mention: MeetingMention): boolean {
  if (!YES_NO_QUESTION.test(question.text) || NEGATION.test(mention.text)) return false;
  let rest = question.text;
  for (const { start, end } of question.reference.spans)
    rest = `${rest.slice(0, start)}${" ".repeat(end - start)}${rest.slice(end)}`;
  const asked = (rest.match(/[a-z]{4,}/g) ?? []).filter(
    (word) => !isQuestionStopWord(word) && !MEETING_WORDS.has(word),
  );
  const said = new Set((mention.text.toLowerCase().match(/[a-z]+/g) ?? []).map(stemWord));
  return asked.length > 0 && asked.every((word) => said.has(stemWord(word)));
}

// Words that name the meeting in a question, never what is asked of it.
const MEETING_WORDS = new Set(["meeting", "meetings", "minutes", "board", "group", "held"]);

/** The meetings whose minutes speak of it, once each, in date order. */
function speakingMeetings(mentions: readonly MeetingMention[], context: AnswerContext): Meeting[] {
  const by = new Set(mentions.map((m) => m.by));
  return context.meetings.filter((m) => by.has(m));
}

/**
 * An answer about a meeting we hold no minutes of, told what the minutes we hold say of it: the
 * sentences, cited; the meetings whose minutes speak of it (`meetings`); and "Yes" first when one
 * of those sentences answers a yes-or-no question.
 */
export function withMentions(
  answer: Answer,
  question: Question,
  mentions: readonly MeetingMention[],
  context: AnswerContext,
): { sentences: string[]; sections: AnswerSection[]; speaking: Meeting[] } {
  const speaking = speakingMeetings(mentions, context);
  const confirming = mentions.find((mention) => answersYes(question, mention));
  const [first] = speaking;
  if (confirming) answer.title = `Yes, as the minutes of ${meetingLabel(confirming.by)} record`;
  else if (first)
    // What was asked of it is a silence: said so first, then whose minutes speak of it.
    answer.title = `No minutes of it: the minutes do not record it, but those of ${meetingLabel(first)} speak of it`;
  answer.meetings = speaking.map((m) => m.id);
  return {
    sentences: speaking.map(
      (by) =>
        `The minutes of ${meetingLabel(by)} speak of ${describeMentions(
          mentions.filter((mention) => mention.by === by),
        )}.`,
    ),
    sections: mentionSections(mentions),
    speaking,
  };
}
