import type { Answer } from "../src/answers/answer.js";
import type { AnswerContext } from "../src/answers/context.js";
import { answerToTerminal } from "../src/console/terminal.js";
import {
  type Expectation,
  QUESTION_CLASSES,
  type QuestionCase,
  type QuestionClass,
} from "./data/question-set.js";

/**
 * Asks one question in a conversation; each case of the set is its own conversation. `today` is
 * the case's own date, when it has one (see {@link onDay}).
 */
export type AskInConversation = (question: string, conversation: string, today?: string) => Answer;

/** The context as it stands on a case's own `today`, or unchanged for a case without one. */
export function onDay(context: AnswerContext, today: string | undefined): AnswerContext {
  return today ? { ...context, today: () => today } : context;
}

export interface ClassScore {
  passed: number;
  total: number;
  /** "question → why", for each case that failed (its first failing turn). */
  failures: string[];
}

// The meetings an answer shows: its list when it has one, else the meetings of its results.
function shownMeetings(answer: Answer): string[] {
  const listed = (answer as { meetings?: unknown }).meetings;
  if (Array.isArray(listed) && listed.length > 0)
    return listed.filter((id): id is string => typeof id === "string");
  return [...new Set(answer.results.map((result) => result.meetingId))];
}

// A number alone ("2") must stand as a word, so "2" is not found inside "2022", nor inside a
// cited file's name ("001_c2fb2c5d5dd83175.txt" holds a "5" between letters).
function contains(text: string, wanted: string): boolean {
  if (/^\d+$/.test(wanted)) return new RegExp(`(?<![\\w-])${wanted}(?![\\w:-])`).test(text);
  return text.toLowerCase().includes(wanted.toLowerCase());
}

const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A yes/no reply opens the answer: "Yes"/"No" must begin its title or the line under it (a
// title may name the subject, "Next LCRB meetings", and the line under it reply). Anywhere else
// they are no reply: "… present, no apologies recorded" or "Not all" does not lead with "No".
const REPLY = /^(yes|no)(?![\w-])/i;

/** The first of `wanted` the lead (title and the line under it) misses, or null. */
export function missedLead(lead: string, wanted: readonly string[]): string | null {
  for (const words of wanted) {
    // Whole words, as contains() reads a number: "1" is not inside "12", nor "2" inside "2:30".
    const after = /^\d+$/.test(words) ? "(?![\\w:-])" : "(?![\\w-])";
    const pattern = REPLY.test(words)
      ? new RegExp(`^[ \\t]*${escaped(words)}${after}`, "im")
      : new RegExp(`(?<![\\w-])${escaped(words)}${after}`, "i");
    if (!pattern.test(lead)) return words;
  }
  return null;
}

/** Why `answer` misses `expect`, or null when it holds everything expected. */
export function checkAnswer(answer: Answer, expect: Expectation): string | null {
  const text = answerToTerminal(answer, { color: false });
  const lead = text.split("\n").slice(0, 2).join("\n");
  const meeting = answer.meeting?.id ?? null;
  const shown = shownMeetings(answer);
  const candidates = answer.candidates.map((c) => c.id);
  if (expect.meeting !== undefined && meeting !== expect.meeting)
    return `meeting ${meeting}, wanted ${expect.meeting}`;
  if (expect.meetings) {
    const got = expect.ordered ? shown : [...shown].sort();
    const want = expect.ordered ? expect.meetings : [...expect.meetings].sort();
    if (got.join(",") !== want.join(",")) return `meetings [${shown}], wanted [${expect.meetings}]`;
  }
  const anyShown = meeting ? [meeting, ...shown] : shown;
  for (const id of expect.meetingsInclude ?? [])
    if (!anyShown.includes(id)) return `meetings [${anyShown}] lack ${id}`;
  for (const id of expect.meetingsExclude ?? [])
    if (anyShown.includes(id)) return `meetings [${anyShown}] include ${id}`;
  if (expect.candidatesInclude) {
    if (meeting) return `chose ${meeting} instead of offering candidates`;
    for (const id of expect.candidatesInclude)
      if (!candidates.includes(id)) return `candidates [${candidates}] lack ${id}`;
  }
  for (const words of expect.says ?? [])
    if (!contains(text, words)) return `does not say “${words}”`;
  for (const words of expect.saysNot ?? []) if (contains(text, words)) return `says “${words}”`;
  for (const [first, then] of expect.before ?? []) {
    const at = (words: string) => text.toLowerCase().indexOf(words.toLowerCase());
    if (at(first) < 0 || at(then) < 0 || at(first) > at(then))
      return `does not say “${first}” before “${then}”`;
  }
  const leadMiss = missedLead(lead, expect.lead ?? []);
  if (leadMiss) return `does not lead with “${leadMiss}”: ${lead.replace(/\n/g, " / ")}`;
  for (const cite of expect.cites ?? []) if (!text.includes(cite)) return `does not cite ${cite}`;
  return null;
}

/** Scores every case, each in a conversation of its own, by class. */
export function scoreQuestionSet(
  cases: readonly QuestionCase[],
  ask: AskInConversation,
): Record<QuestionClass, ClassScore> {
  const scores = Object.fromEntries(
    QUESTION_CLASSES.map((name) => [name, { passed: 0, total: 0, failures: [] as string[] }]),
  ) as Record<QuestionClass, ClassScore>;
  cases.forEach((questionCase, index) => {
    const score = scores[questionCase.class];
    score.total += 1;
    const conversation = `question-set-${index}`;
    for (const turn of questionCase.turns) {
      const why = checkAnswer(ask(turn.q, conversation, questionCase.today), turn.expect);
      if (why) {
        score.failures.push(`${turn.q} → ${why}`);
        return;
      }
    }
    score.passed += 1;
  });
  return scores;
}
