import type { AgendaItem, Commitment, Meeting } from "../corpus/model.js";
import { textMentions } from "./query/mentions.js";
import { topicWords } from "./question.js";

/** Where a later meeting took up what an earlier one committed to. */
export interface FollowThrough {
  meeting: Meeting;
  item: AgendaItem;
  /** The passage that mentions it, or the item's own line when only its title does. */
  line: number;
  /** The commitment's words it shares. */
  shared: string[];
}

// Words every commitment uses, which say nothing of its subject.
const COMMITMENT_WORDS = new Set(
  `update updates provided provide discussed discuss discussion again next meeting meetings
  report back partners members board group item issue will would agreed agree share work
  progress continue lead support consider considered brought bring taken take paper once made
  decisions decision july june may april march february january august september october
  november december lcrb dmg`.split(/\s+/),
);

/** The words that say what a commitment is about: its sentence's and its item's content words. */
export function commitmentSubject(commitment: Commitment, item: AgendaItem | undefined): string[] {
  const owner = new Set((commitment.owner ?? "").toLowerCase().split(/\W+/));
  const words = topicWords(`${commitment.text} ${item?.title ?? ""}`.toLowerCase(), []);
  return [...new Set(words)].filter(
    (w) => w.length > 2 && !COMMITMENT_WORDS.has(w) && !owner.has(w) && !/^\d/.test(w),
  );
}

// The meetings a commitment points at: those after it, of the body it names (or its own body
// when it says "the next meeting"), from its due month on; soonest first. `meetings` are in date
// order, so they are read from the first one after `from`, and only as far as the caller goes: a
// list of every commitment at 10,000 meetings sorted all of them again for each one.
function* laterMeetings(
  commitment: Commitment,
  from: Meeting,
  meetings: readonly Meeting[],
): Generator<Meeting> {
  const body = commitment.dueBody ?? (commitment.due === "next meeting" ? from.body : null);
  const month = /^\d{4}-\d{2}/.test(commitment.due ?? "") ? commitment.due?.slice(0, 7) : null;
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((meetings[middle]?.date ?? "") > from.date) high = middle;
    else low = middle + 1;
  }
  for (let i = low; i < meetings.length; i++) {
    const meeting = meetings[i] as Meeting;
    if (body && meeting.body !== body) continue;
    if (month && meeting.date.slice(0, 7) < month) continue;
    yield meeting;
  }
}

// Words in the item titles of many meetings ("plan", "update", "minutes") name no one subject.
export function commonTitleWords(meetings: readonly Meeting[]): Set<string> {
  const counts = new Map<string, number>();
  for (const meeting of meetings)
    for (const word of new Set(meeting.items.flatMap((i) => wordsOf(i.title))))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const limit = Math.max(2, meetings.length * 0.4);
  return new Set([...counts].filter(([, n]) => n > limit).map(([w]) => w));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * The later meeting's agenda item that took up a commitment: the first meeting after it (of the
 * body and from the date it was due at) with an item whose title names a word of the commitment
 * or of its own item's title, cited at the passage that mentions most of them. Words in the
 * titles of many meetings do not link. Null when no later meeting took it up. `meetings` are in
 * date order, as a loaded corpus and an AnswerContext hold them.
 */
export function followThroughOf(
  commitment: Commitment,
  from: Meeting,
  meetings: readonly Meeting[],
  common: ReadonlySet<string> = commonTitleWords(meetings),
): FollowThrough | null {
  const item = from.items.find((i) => i.number !== null && i.number === commitment.item);
  const subject = commitmentSubject(commitment, item).filter((w) => !common.has(w));
  if (subject.length === 0) return null;
  for (const meeting of laterMeetings(commitment, from, meetings)) {
    let best: FollowThrough | null = null;
    for (const later of meeting.items) {
      const shared = subject.filter((w) => textMentions(later.title, [w]));
      if (shared.length <= (best?.shared.length ?? 0)) continue;
      const passage = [...later.passages].sort(
        (a, b) =>
          subject.filter((w) => textMentions(b.text, [w])).length -
          subject.filter((w) => textMentions(a.text, [w])).length,
      )[0];
      best = { meeting, item: later, line: passage?.line ?? later.line, shared };
    }
    if (best) return best;
  }
  return null;
}
