import type { Body, Meeting, NextMeeting } from "../corpus/model.js";
import type { AnswerSection } from "./answer.js";
import { type DateSpec, dateMatches } from "./dates.js";
import { citeLine, meetingLabel } from "./format.js";
import { describeNextMeeting } from "./intents/next.js";

/** A meeting whose minutes we lack, as another meeting's "next meeting" line announced it. */
export interface Announcement {
  announcedBy: Meeting;
  next: NextMeeting;
}

/** The "next meeting" lines of the minutes we hold that fall on a date (or period) asked about. */
export function announcedOn(
  spec: DateSpec,
  body: Body | null,
  meetings: readonly Meeting[],
): Announcement[] {
  return meetings.flatMap((announcedBy) =>
    announcedBy.nextMeetings
      .filter((next) => dateMatches(spec, next.date) && (!body || next.body === body))
      .map((next) => ({ announcedBy, next })),
  );
}

// "What time's the sept 2020 DMG?", "when does it start?", "where's the july LCRB?": the time or
// place of a meeting, which a "next meeting" line may leave out ("DMG meeting: 7 September 2020").
const TIME_ASKED =
  /\bwhat time\b|\bstart(?:ing)? time\b|\b(?:starts?|begins?|kicks? off) at\b|\bwhen (?:does|did|will|is|do)\b.*\b(?:start|begin|kick off)\b/;
// A place is asked when "where" asks of the meeting itself: where it is held or meets ("where
// will the sept DMG be held"), or where it is, said with nothing more ("where's the july LCRB?");
// "where can I find the minutes", "where did it start its work on …" ask no venue.
const PLACE_ASKED =
  /\bwhere(?:'s| is| was| will| would| does| did| do| are| were)\b(?:.*\b(?:held|meet|meets|met|meeting be|take place|takes place|taking place|took place|hosted|sit|sits)\b|(?: (?:the|it|that|this|our))?(?: [a-z0-9'&-]+){0,4}? (?:meeting|lcrb|dmg|board|group|it|one)\W*$)|\bvenue\b|\blocation\b/;

/**
 * "The minutes of LCRB, 10 March 2015 scheduled the next LCRB meeting for …", and, when the
 * question (`asked`) wants its time or place and the line gives none, that the minutes do not.
 */
export function describeAnnouncement({ announcedBy, next }: Announcement, asked = ""): string {
  const text = asked.toLowerCase();
  const untold = [
    TIME_ASKED.test(text) && !next.time ? "time" : null,
    PLACE_ASKED.test(text) && !next.venue ? "venue" : null,
  ].filter(Boolean);
  return [
    `The minutes of ${meetingLabel(announcedBy)} scheduled the next ${next.body} meeting for ${describeNextMeeting(next)}.`,
    untold.length > 0 ? `The minutes do not give its ${untold.join(" or ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The announcement as a cited section of an answer. */
export function announcementSection({ announcedBy, next }: Announcement): AnswerSection {
  return {
    heading: `Next ${next.body} meeting, as announced`,
    text: describeNextMeeting(next),
    bullets: [],
    citation: next.line ? citeLine(announcedBy, next.line, false) : null,
  };
}
