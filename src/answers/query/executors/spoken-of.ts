import type { Meeting } from "../../../corpus/model.js";
import { dateRange } from "../../dates.js";
import { type MeetingMention, meetingsMentioned, mentionedOn } from "../../mentioned-meetings.js";
import type { MeetingSelector } from "../query.js";
import { type ResolveInput, resolveSelector } from "../resolve.js";

/**
 * What the minutes we hold say of a meeting a selector names but we hold no minutes of: "the
 * july 2020 board" (another meeting's minutes set its agenda), "the february DMG" (its actions
 * reviewed at the next), "the board meeting before march 2015" or "the previous DMG" (the minutes
 * of the first we hold approve its minutes). Earlier meetings are asked of the first meeting we
 * hold after them, since only the next minutes speak of a meeting's minutes and actions.
 */
export function spokenOf(selector: MeetingSelector, input: ResolveInput): MeetingMention[] {
  const { context } = input;
  const ofBody = (m: { body: string }) => !selector.body || m.body === selector.body;
  const held = context.meetings.filter(ofBody);
  if (selector.shift?.direction === "before") {
    const pivot = pivotDate(selector.shift.from, input);
    const anchor = pivot ? held.find((m) => m.date >= pivot) : undefined;
    return anchor && pivot ? earlierIn(anchor, selector, (date) => date < pivot) : [];
  }
  // "The previous DMG" when we hold one: the minutes of the first we hold speak of the one before.
  const position = selector.position;
  if (position?.from === "end" && position.skip > 0 && !selector.date) {
    const first = held[0];
    return first ? earlierIn(first, selector, () => true) : [];
  }
  const spec = selector.date;
  if (!spec) return [];
  return mentionedOn(spec, selector.body, context.meetings);
}

function earlierIn(
  anchor: Meeting,
  selector: MeetingSelector,
  before: (date: string) => boolean,
): MeetingMention[] {
  return meetingsMentioned(anchor).filter(
    (mention) =>
      mention.when === "earlier" &&
      (!selector.body || mention.body === selector.body) &&
      (mention.date === null || before(mention.date)),
  );
}

/** The first date a "before …" step counts back from: the date named, or the meeting's own. */
function pivotDate(from: MeetingSelector, input: ResolveInput): string | null {
  const range = from.date && from.topic.length === 0 ? dateRange(from.date) : null;
  if (range) return range.from;
  const [meeting] = resolveSelector(from, input).meetings;
  return meeting?.date ?? null;
}
