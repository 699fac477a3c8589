import type { SearchResult } from "../../search/types.js";
import type { Answer } from "../answer.js";
import type { ConversationMemory } from "../conversation-store.js";
import type { MinutesDirectory } from "../directory.js";
import { outsidersNamedIn, peopleNamedIn } from "../excerpt-people.js";
import { meetingLabel } from "../format.js";
import { describeMentions, mentionSections } from "../mention-sections.js";
import type { Person } from "../people.js";
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

/**
 * What the conversation keeps of an answer for the next question, all of it here: its reading,
 * meeting(s), item, the person or people it named as its answer, and, when it named no one as its
 * answer, the one person its first excerpt names ("DMPC Sophie Linden reported …"), whom "was she
 * at the june 2020 dmg?" asks after.
 */
export function memoryOf(
  answer: Answer,
  { people, ordinary }: Pick<MinutesDirectory, "people" | "ordinary">,
): ConversationMemory | null {
  if (!answer.query) return null;
  const top = answer.sections.find((s) => s.citation)?.citation;
  const meeting = answer.meeting?.id ?? null;
  const firstResult = answer.results[0];
  const one = answer.meeting ?? (answer.meetings.length === 0 ? firstResult : undefined);
  const person = answer.person ?? (answer.people?.length === 1 ? answer.people[0] : null) ?? null;
  const listed = answer.people ?? [];
  const spokenOf =
    !person && listed.length === 0 ? spokenOfIn(firstResult, people, ordinary) : null;
  return {
    query: answer.query,
    meeting:
      meeting ?? (answer.meetings.length === 0 && firstResult ? firstResult.meetingId : null),
    meetingDate: one?.date ?? null,
    // "Who was at the DMG from the YJB" names one person: "did he come to any other meetings?"
    person,
    people: listed,
    meetings: answer.meetings.length > 0 ? answer.meetings : answer.results.map((r) => r.meetingId),
    item: firstResult
      ? { meeting: firstResult.meetingId, line: firstResult.source.line }
      : top && answer.meeting
        ? { meeting: answer.meeting.id, line: top.line }
        : null,
    ...(spokenOf ? { spokenOf } : {}),
  };
}

/**
 * The one person of the attendance lists an excerpt names, or, naming none of them, the one
 * person no list holds ("Baroness Casey's view …": "was she there?" is answered no); else null.
 */
function spokenOfIn(
  result: SearchResult | undefined,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  if (!result) return null;
  const named = peopleNamedIn(result.excerpt, people, ordinary);
  const [only] = named;
  if (named.length === 1 && only) return only.name;
  const outsiders = named.length === 0 ? outsidersNamedIn(result.excerpt, people, ordinary) : [];
  const [outsider] = outsiders;
  return outsiders.length === 1 && outsider ? outsider : null;
}
