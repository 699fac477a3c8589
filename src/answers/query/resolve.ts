import type { Meeting } from "../../corpus/model.js";
import type { AnswerContext } from "../context.js";
import type { ConversationMemory } from "../conversation-store.js";
import { type DateSpec, dateMatches, dateRange } from "../dates.js";
import { formatDate } from "../format.js";
import { describeDate, yearless } from "../meeting-ref.js";
import { type MeetingMention, meetingsMentioned } from "../mentioned-meetings.js";
import { findPeople, type Person } from "../people.js";
import { closestMentions, itemsMentioningIn, spellSubject } from "./mentions.js";
import type { MeetingSelector } from "./query.js";

/** The meetings a selector points at. */
export interface Resolution {
  /** found: `meetings` holds what it names. ambiguous: `candidates` could each be it. unmatched: none. */
  status: "found" | "ambiguous" | "unmatched";
  meetings: Meeting[];
  candidates: Meeting[];
  /** What was asked for, in words, for an answer that cannot give it. */
  wanted: string;
  /**
   * "The meeting before the April 2022 one" found in February 2021, though the April 2022 minutes
   * approve those of 24 January 2022: the meetings between, as the later minutes speak of them.
   */
  between?: MeetingMention[];
}

export interface ResolveInput {
  context: AnswerContext;
  people: readonly Person[];
  ordinary: ReadonlySet<string>;
  memory: ConversationMemory | null;
}

function byIds(ids: readonly string[], meetings: readonly Meeting[]): Meeting[] {
  return ids.flatMap((id) => meetings.find((m) => m.id === id) ?? []);
}

function label(meeting: Meeting): string {
  return `the ${meeting.body} meeting on ${formatDate(meeting.date)}`;
}

/** The meetings a selector names, narrowing all meetings by each part it has. */
export function resolveSelector(selector: MeetingSelector, input: ResolveInput): Resolution {
  const { context, memory } = input;
  const all = context.meetings;
  const today = context.today();
  const bodyWord = selector.body ? `${selector.body} ` : "";
  if (selector.shift) return resolveShift(selector, input);
  let pool: Meeting[] = [...all];
  let wanted = `a ${bodyWord}meeting`;
  const remembered = memory ? byIds(memory.meeting ? [memory.meeting] : memory.meetings, all) : [];
  if (selector.previous && remembered.length > 0) {
    // "The first one" after a list picks from the list; "it" is the last answer's meeting.
    pool = selector.position && memory ? byIds(memory.meetings, all) : remembered;
    if (pool.length === 0) pool = remembered;
    if (!selector.position && pool.length > 1)
      return {
        status: "ambiguous",
        meetings: [],
        candidates: pool,
        wanted: "the meeting you mean",
      };
  }
  if (selector.body) pool = pool.filter((m) => m.body === selector.body);
  if (selector.date) {
    const spec = selector.date;
    pool = yearless(
      spec,
      pool.filter((m) => dateMatches(spec, m.date)),
      today,
    );
    // "Last April": the most recent April before today.
    if (spec.kind === "monthOnly" && spec.last && pool.length > 1) {
      const past = pool.filter((m) => m.date < today);
      pool = [(past.length > 0 ? past : pool).at(-1) ?? pool[0]].flatMap((m) => m ?? []);
    }
    const range = dateRange(spec);
    wanted = range
      ? spec.kind === "bound"
        ? `a ${bodyWord}meeting ${describeDate(spec)}`
        : `a ${bodyWord}meeting ${range.from === range.to ? `on ${formatDate(range.from)}` : `in ${spec.kind === "year" ? spec.year : formatDate(range.from).replace(/^1 /, "")}`}`
      : // "The February DMG": a month with no year is still a date, not any DMG meeting.
        `a ${bodyWord}meeting ${describeDate(spec)}`;
  }
  if (selector.person) {
    const [person] = findPeople(selector.person, input.people, input.ordinary);
    const attended = new Set(
      (person?.appearances ?? [])
        .filter((a) => a.attendee.status !== "apologies")
        .map((a) => a.meeting.id),
    );
    pool = pool.filter((m) => attended.has(m.id));
    wanted = `a meeting ${person?.name ?? selector.person} attended`;
  }
  const other = selector.mentions;
  if (other) {
    pool = pool.filter((m) =>
      meetingsMentioned(m).some((mention) => mentionOn(other, mention.date)),
    );
    wanted = `a ${bodyWord}meeting whose minutes speak of the meeting ${describeDate(other)}`;
  }
  if (selector.topic.length > 0) {
    const { words } = context.directory;
    const subject = spellSubject(selector.topic, pool, context.search, words);
    const mentions = itemsMentioningIn(pool, subject, words);
    // An item titled by the subject makes its meeting "the fraud meeting"; passing mentions only
    // count when no title names it.
    // The subject's own words ("Prevent") outrank longer words of the same stem ("preventing").
    const exact = mentions.filter((x) => x.exact);
    const strongest = exact.length > 0 ? exact : mentions;
    const titled = [...new Set(strongest.filter((x) => x.inTitle).map((x) => x.meeting))];
    const passing = [...new Set(strongest.map((x) => x.meeting))];
    const closest = mentions.length === 0 ? closestOf(pool, subject) : [];
    pool = titled.length > 0 ? titled : passing.length > 0 ? passing : closest;
    wanted = `a ${bodyWord}meeting that discussed “${subject.join(" ")}”`;
  }
  if (selector.position) {
    const past = pool.filter((m) => m.date <= today);
    const ordered = past.length > 0 ? past : pool;
    const { from, skip, count } = selector.position;
    const picked =
      from === "start"
        ? ordered.slice(skip, skip + count)
        : ordered.slice(Math.max(0, ordered.length - skip - count), ordered.length - skip);
    // "The previous DMG" when we hold one: a meeting before the first we hold.
    const first = ordered[0];
    if (picked.length === 0)
      return {
        status: "unmatched",
        meetings: [],
        candidates: ordered.slice(-3),
        wanted:
          from === "end" && skip > 0 && first && !selector.date
            ? `a ${bodyWord}meeting before ${label(first)}`
            : wanted,
      };
    return { status: "found", meetings: picked, candidates: [], wanted };
  }
  if (pool.length === 0) return { status: "unmatched", meetings: [], candidates: [], wanted };
  if (pool.length === 1) return { status: "found", meetings: pool, candidates: [], wanted };
  // "The DMG": a body alone means its latest meeting.
  if (!selector.date && !selector.person && selector.topic.length === 0 && !selector.previous) {
    const latest = pool.filter((m) => m.date <= today).at(-1) ?? pool.at(-1);
    return { status: "found", meetings: latest ? [latest] : [], candidates: [], wanted };
  }
  return { status: "ambiguous", meetings: [], candidates: pool, wanted };
}

/** Whether a meeting the minutes date ("2020-07-08", or "2023-07" by its month) falls on `spec`. */
function mentionOn(spec: DateSpec, date: string | null): boolean {
  if (date === null) return false;
  if (date.length === 10) return dateMatches(spec, date);
  // Only the month is known: it answers a month or year asked, never a day.
  return ["month", "monthOnly", "year"].includes(spec.kind) && dateMatches(spec, `${date}-01`);
}

/**
 * When no meeting mentions the whole subject, the one whose item mentions most of it ("the mtg
 * where the MPS set out six asks of partners": no passage says "set", one says "6 areas/asks for
 * partners"), when it clearly leads the next: its weighed words at least half as many again.
 * Otherwise the close ones, to choose from; none when nothing mentions enough of it.
 */
const CLEAR_LEAD = 1.5;
function closestOf(pool: readonly Meeting[], subject: readonly string[]): Meeting[] {
  const [first, second] = closestMentions(pool, subject);
  if (!first) return [];
  if (!second || first.score >= CLEAR_LEAD * second.score) return [first.meeting];
  return closestMentions(pool, subject)
    .filter((close) => close.score * CLEAR_LEAD > first.score)
    .map((close) => close.meeting);
}

// "The meeting after March 2015", "the one before the fraud meeting", "two meetings before the latest".
function resolveShift(selector: MeetingSelector, input: ResolveInput): Resolution {
  const shift = selector.shift;
  if (!shift) throw new Error("resolveShift needs a shift");
  const pool = selector.body
    ? input.context.meetings.filter((m) => m.body === selector.body)
    : input.context.meetings;
  const bodyWord = selector.body ? `${selector.body} ` : "";
  let pivot: { before: string; after: string; words: string };
  let anchor: Meeting | undefined;
  const range = !shift.from.topic.length && shift.from.date ? dateRange(shift.from.date) : null;
  if (range && !shift.from.body) {
    // The meeting the step counts from, when we hold one in that period: its nearest end.
    const within = pool.filter((m) => m.date >= range.from && m.date <= range.to);
    anchor = shift.direction === "before" ? within[0] : within.at(-1);
    pivot = {
      before: range.from,
      after: range.to,
      words: formatDate(range.from).replace(/^1 /, ""),
    };
  } else {
    const from = resolveSelector(shift.from, input);
    [anchor] = from.meetings;
    if (from.status !== "found" || !anchor || from.meetings.length > 1) return from;
    pivot = { before: anchor.date, after: anchor.date, words: label(anchor) };
  }
  if (shift.unit === "year") return yearAway(pool, pivot, shift.direction, bodyWord);
  const wanted = `the ${bodyWord}meeting ${shift.direction} ${pivot.words}`;
  const side =
    shift.direction === "after"
      ? pool.filter((m) => m.date > pivot.after)
      : pool.filter((m) => m.date < pivot.before).reverse();
  const meeting = side[shift.steps - 1];
  if (!meeting) return { status: "unmatched", meetings: [], candidates: [], wanted };
  const [earlier, later] = shift.direction === "before" ? [meeting, anchor] : [anchor, meeting];
  const between = earlier && later ? datedBetween(earlier, later) : [];
  return {
    status: "found",
    meetings: [meeting],
    candidates: [],
    wanted,
    ...(between.length > 0 ? { between } : {}),
  };
}

/** "The board the year before the Casey one": the meetings held in the calendar year a year away. */
function yearAway(
  pool: readonly Meeting[],
  pivot: { before: string; after: string; words: string },
  direction: "before" | "after",
  bodyWord: string,
): Resolution {
  const year = Number((direction === "before" ? pivot.before : pivot.after).slice(0, 4));
  const wanted = String(direction === "before" ? year - 1 : year + 1);
  const meetings = pool.filter((m) => m.date.startsWith(wanted));
  const asked = `a ${bodyWord}meeting in ${wanted}, the year ${direction} ${pivot.words}`;
  if (meetings.length === 1) return { status: "found", meetings, candidates: [], wanted: asked };
  return meetings.length === 0
    ? { status: "unmatched", meetings: [], candidates: [], wanted: asked }
    : { status: "ambiguous", meetings: [], candidates: meetings, wanted: asked };
}

/** Meetings of their body that `later`'s minutes date after `earlier`: ones we do not hold. */
function datedBetween(earlier: Meeting, later: Meeting): MeetingMention[] {
  return meetingsMentioned(later).filter(
    (mention) =>
      mention.when === "earlier" &&
      mention.body === later.body &&
      mention.date !== null &&
      mention.date > earlier.date &&
      mention.date < later.date,
  );
}
