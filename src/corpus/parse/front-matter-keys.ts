import { BODY_TITLES } from "../model.js";
import { findTime } from "./dates.js";

/**
 * Front matter written by another tool than the bot's (a static site's page, a notes app's export)
 * names the same fields with its own keys: "group: DMG", "start: 10:30", "location: …", "members:",
 * "secretariat:", "next_meeting: 2025-06-11T10:30:00+01:00" (unseen-minutes-9/70). A clerk reads
 * them as the meeting's fields whatever the keys, so each is copied to the bot's own key, which
 * wins when the block writes both. A closed class of keys, as the lexicon's section words are.
 */
const KEYS: Record<string, string> = {
  group: "body",
  committee: "body",
  board: "body",
  meeting_date: "date",
  start: "time",
  start_time: "time",
  starts: "time",
  location: "venue",
  place: "venue",
  where: "venue",
  members: "attendees",
  attended: "attendees",
  members_present: "attendees",
  secretariat: "in_attendance",
  officers: "in_attendance",
  also_present: "in_attendance",
};
// What a person's map calls the body they come from.
const PERSON_KEYS: Record<string, string> = { org: "organisation", organization: "organisation" };
// The next meeting as one value, its place under a key of its own.
const NEXT_MEETING = ["next_meeting", "next_meeting_date", "next"];
const NEXT_VENUE = ["next_location", "next_venue", "next_meeting_location", "next_meeting_venue"];
const LIST_KEYS = new Set(["attendees", "present", "in_attendance", "apologies"]);

/** The block's fields with another tool's keys read as the bot's; the bot's own keys untouched. */
export function withCommonKeys(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const result: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(raw)) {
    const own = KEYS[normaliseKey(key)];
    if (!own || own in raw || own in result) continue;
    // "group: Partnerships" names no body the bot knows: the key is another tool's own, left alone
    // (the bot's "body:" would refuse the whole block).
    if (own === "body" && !namesBody(value)) continue;
    result[own] = value;
  }
  // "meeting_date: 2025-03-12 14:00" gives the time too, when no key gives it.
  if (!("time" in result) && typeof result.date === "string" && findTime(result.date))
    result.time = result.date;
  for (const key of LIST_KEYS)
    if (Array.isArray(result[key])) result[key] = (result[key] as unknown[]).map(withPersonKeys);
  if (!("nextMeetings" in raw) && !("next_meetings" in raw)) {
    const next = firstValue(raw, NEXT_MEETING);
    if (typeof next === "string" || next instanceof Date) {
      const venue = firstValue(raw, NEXT_VENUE);
      result.next_meetings = [
        { date: next, time: next, ...(typeof venue === "string" ? { venue } : {}) },
      ];
    }
  }
  return result;
}

function withPersonKeys(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  const result: Record<string, unknown> = { ...entry };
  for (const [key, value] of Object.entries(entry)) {
    const own = PERSON_KEYS[normaliseKey(key)];
    if (own && !(own in result)) result[own] = value;
  }
  return result;
}

function namesBody(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim().toLowerCase();
  return (
    text === "lcrb" ||
    text === "dmg" ||
    Object.values(BODY_TITLES).some((title) => title.toLowerCase() === text)
  );
}

function firstValue(raw: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const [key, value] of Object.entries(raw))
    if (keys.includes(normaliseKey(key))) return value;
  return undefined;
}

// "Meeting Date", "meeting-date" and "meeting_date" are one key.
function normaliseKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
