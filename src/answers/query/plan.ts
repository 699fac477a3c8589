import type { Answer } from "../answer.js";
import type { ConversationMemory } from "../conversation-store.js";
import { meetingLabel } from "../format.js";
import { describeMentions, mentionSections } from "../mention-sections.js";
import type { ExecutorInput } from "./executor.js";
import { executorFor } from "./executors/index.js";
import { resolveSelector } from "./resolve.js";

/**
 * Runs a read query: resolves each meeting selector against the minutes (and the conversation),
 * then hands the meetings to the target's executor.
 */
export function runQuery(input: Omit<ExecutorInput, "resolutions">): Answer {
  const resolutions = input.query.meetings.map((selector) =>
    resolveSelector(selector, {
      context: input.context,
      people: input.people,
      ordinary: input.ordinary,
      memory: input.memory,
    }),
  );
  const answer = executorFor(
    input.query.target,
    input.query.aggregation,
  )({ ...input, resolutions });
  answer.query = input.query;
  // A meeting found before another, though that one's minutes date a meeting in between: said
  // when the answer shows the meeting found.
  const shown = new Set([answer.meeting?.id, ...answer.meetings]);
  const between = resolutions.flatMap((resolution) =>
    resolution.meetings.some((m) => shown.has(m.id)) ? (resolution.between ?? []) : [],
  );
  const [first] = between;
  if (first) {
    answer.summary = [
      `Between them, the minutes of ${meetingLabel(first.by)} speak of ${describeMentions(between)}, which I have no minutes of.`,
      answer.summary,
    ]
      .filter(Boolean)
      .join(" ");
    answer.sections = [...answer.sections, ...mentionSections(between)];
  }
  return answer;
}

/** What the conversation keeps of an answer for the next question. */
export function memoryOf(answer: Answer): ConversationMemory | null {
  if (!answer.query) return null;
  const top = answer.sections.find((s) => s.citation)?.citation;
  const meeting = answer.meeting?.id ?? null;
  const firstResult = answer.results[0];
  const one = answer.meeting ?? (answer.meetings.length === 0 ? firstResult : undefined);
  return {
    query: answer.query,
    meeting:
      meeting ?? (answer.meetings.length === 0 && firstResult ? firstResult.meetingId : null),
    meetingDate: one?.date ?? null,
    // "Who was at the DMG from the YJB" names one person: "did he come to any other meetings?"
    person: answer.person ?? (answer.people?.length === 1 ? answer.people[0] : null) ?? null,
    people: answer.people ?? [],
    meetings: answer.meetings.length > 0 ? answer.meetings : answer.results.map((r) => r.meetingId),
    item: firstResult
      ? { meeting: firstResult.meetingId, line: firstResult.source.line }
      : top && answer.meeting
        ? { meeting: answer.meeting.id, line: top.line }
        : null,
  };
}
