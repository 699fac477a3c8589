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

/** "The minutes of LCRB, 10 March 2015 scheduled the next LCRB meeting for …". */
export function describeAnnouncement({ announcedBy, next }: Announcement): string {
  return `The minutes of ${meetingLabel(announcedBy)} scheduled the next ${next.body} meeting for ${describeNextMeeting(next)}.`;
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
