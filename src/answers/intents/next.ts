import type { Meeting, NextMeeting } from "../../corpus/model.js";
import type { AnswerSection, UpcomingMeeting } from "../answer.js";
import { citeLine, formatLongDate, meetingLabel } from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { mentionSections } from "../mention-sections.js";
import {
  describeMentionDate,
  type MeetingMention,
  meetingsMentioned,
} from "../mentioned-meetings.js";
import { findTimeWindow, type TimeWindow } from "../time-window.js";
import { meetingPhrase } from "../which-meeting.js";

/** "Wednesday 8 July 2020, 12:00, City Hall". */
export function describeNextMeeting(next: Pick<NextMeeting, "date" | "time" | "venue">): string {
  return [formatLongDate(next.date), next.time, next.venue].filter(Boolean).join(", ");
}

interface Announced {
  upcoming: UpcomingMeeting;
  /** The meeting whose minutes announced it; null for schedule.yml. */
  announcedBy: Meeting | null;
}

/**
 * Every meeting known on `today` to be set for `today` or later, soonest first: from the "next
 * meeting" lines of minutes dated up to `today` (later minutes were not written yet) and from
 * schedule.yml. One body meets once a day, so body + date is one meeting; the first announcement
 * with a source line is kept, and time or venue filled in from the others.
 */
function announcedMeetings(
  meetings: readonly Meeting[],
  schedule: readonly NextMeeting[],
  today: string,
): Announced[] {
  const announced: Announced[] = [
    ...meetings
      .filter((meeting) => meeting.date <= today)
      .flatMap((meeting) =>
        meeting.nextMeetings.map((next) => ({
          upcoming: {
            body: next.body,
            date: next.date,
            time: next.time,
            venue: next.venue,
            source: next.line ? { file: meeting.file, line: next.line } : null,
          },
          announcedBy: next.line ? meeting : null,
        })),
      ),
    ...schedule.map((next) => ({
      upcoming: {
        body: next.body,
        date: next.date,
        time: next.time,
        venue: next.venue,
        source: null,
      },
      announcedBy: null,
    })),
  ];
  const byKey = new Map<string, Announced>();
  for (const entry of announced.filter((a) => a.upcoming.date >= today)) {
    const key = `${entry.upcoming.body} ${entry.upcoming.date}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { upcoming: { ...entry.upcoming }, announcedBy: entry.announcedBy });
      continue;
    }
    seen.upcoming.time ??= entry.upcoming.time;
    seen.upcoming.venue ??= entry.upcoming.venue;
    if (!seen.upcoming.source && entry.upcoming.source) {
      seen.upcoming.source = entry.upcoming.source;
      seen.announcedBy = entry.announcedBy;
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.upcoming.date.localeCompare(b.upcoming.date) ||
      a.upcoming.body.localeCompare(b.upcoming.body),
  );
}

/** The meetings known on `today` to come after it, soonest first, each with where it was announced. */
export function upcomingMeetings(
  meetings: readonly Meeting[],
  schedule: readonly NextMeeting[],
  today: string,
): Announced[] {
  return announcedMeetings(meetings, schedule, today).filter((a) => a.upcoming.date > today);
}

function describeAnnounced({ upcoming, announcedBy }: Announced): AnswerSection {
  return {
    heading: `${upcoming.body}, ${formatLongDate(upcoming.date)}`,
    text: [
      upcoming.time || upcoming.venue
        ? `${[upcoming.time, upcoming.venue].filter(Boolean).join(", ")}.`
        : "Time and venue not given.",
      announcedBy
        ? `Announced in the minutes of ${meetingLabel(announcedBy)}.`
        : "From the meeting schedule.",
    ].join(" "),
    bullets: [],
    citation:
      announcedBy && upcoming.source ? citeLine(announcedBy, upcoming.source.line, false) : null,
  };
}

/**
 * What the minutes held by `today` say of a meeting still to come: "the agenda for the July 8
 * LCRB was agreed and will cover …", "court backlogs will be discussed again at the next LCRB in
 * July", and, of the next meeting after them, "an update will be provided at the next meeting"
 * (undated, so only while that next meeting is one of `upcoming`). What the board will take is
 * there, not in the "next meeting" line.
 */
export function spokenOfAhead(
  meetings: readonly Meeting[],
  upcoming: readonly UpcomingMeeting[],
  today: string,
): MeetingMention[] {
  const held = meetings.filter((meeting) => meeting.date <= today);
  const ahead = (mention: MeetingMention) => {
    if (mention.date)
      return mention.date.length === 10 ? mention.date > today : mention.date >= today.slice(0, 7);
    // "The next meeting" after the minutes that say it, when that is the one to come.
    const next = upcoming.find(
      (meeting) => meeting.body === mention.body && meeting.date > mention.by.date,
    );
    return (
      next !== undefined &&
      !held.some((meeting) => meeting.body === mention.body && meeting.date > mention.by.date)
    );
  };
  return held.flatMap((meeting) =>
    meetingsMentioned(meeting).filter((mention) => mention.when === "later" && ahead(mention)),
  );
}

/** "The minutes of DMG, 8 June 2020 speak of the LCRB meeting on 8 July 2020." */
function aheadLine(mentions: readonly MeetingMention[]): string[] {
  const by = [...new Set(mentions.map((mention) => mention.by))];
  return by.map((meeting) => {
    const spoken = [
      ...new Set(
        mentions
          .filter((mention) => mention.by === meeting)
          .map(
            (mention) =>
              `the ${mention.body} meeting${mention.date ? ` ${describeMentionDate(mention.date)}` : " after it"}`,
          ),
      ),
    ];
    return `The minutes of ${meetingLabel(meeting)} say what is to come at ${spoken.join(" and ")}.`;
  });
}

/**
 * The meetings after today, soonest first, each with where it was announced (CONTRACT.md:
 * `upcoming` is "after today"). "Is there a meeting today / this month" is answered yes or no
 * first, and only that answer counts a meeting dated today.
 */
export const answerNext: IntentAnswerer = ({ question, context }) => {
  const today = context.today();
  const body = question.reference.body;
  const ofBody = (list: Announced[]) =>
    body ? list.filter((a) => a.upcoming.body === body) : list;
  const known = announcedMeetings(context.meetings, context.schedule, today);
  const all = known.filter((a) => a.upcoming.date > today);
  // A body asked for is the only one listed; the other body's next meeting is one line of the summary.
  const shown = ofBody(all);
  const otherBody = body ? all.find((a) => a.upcoming.body !== body) : undefined;
  const window = findTimeWindow(question.text, today);
  const meetsToday =
    window && window.from === today ? ofBody(known).filter((a) => a.upcoming.date === today) : [];
  const answer = blankAnswer("next", question, body ? `Next ${body} meetings` : "Next meetings");
  answer.upcoming = shown.map((a) => a.upcoming);
  // What is to come at them, as the minutes say it: "what's on at the board next week?".
  const inWindow = (date: string) =>
    !window ||
    (date >= window.from.slice(0, date.length) && date <= window.to.slice(0, date.length));
  const said = spokenOfAhead(
    context.meetings,
    [...meetsToday, ...shown].map((a) => a.upcoming),
    today,
  ).filter(
    (mention) => (!body || mention.body === body) && (!mention.date || inWindow(mention.date)),
  );
  answer.sections = [...[...meetsToday, ...shown].map(describeAnnounced), ...mentionSections(said)];
  const pool = body ? context.meetings.filter((m) => m.body === body) : context.meetings;
  const latest = pool.filter((m) => m.date <= today).at(-1) ?? pool.at(-1);
  const first = shown[0]?.upcoming;
  const todayLines = meetsToday.map(
    ({ upcoming }) => `The ${upcoming.body} meeting is today, ${describeNextMeeting(upcoming)}.`,
  );
  const windowLines = window ? [windowAnswer(window, ofBody(known), body), ...todayLines] : [];
  const otherLine = otherBody
    ? `The next ${otherBody.upcoming.body} meeting is on ${describeNextMeeting(otherBody.upcoming)}.`
    : null;
  if (first) {
    const nextLine = `The next is the ${first.body} on ${describeNextMeeting(first)}.`;
    answer.summary = [...windowLines, nextLine, ...aheadLine(said)].join(" ");
  } else {
    if (meetsToday.length === 0)
      answer.title = body ? `No upcoming ${body} meeting known` : "No upcoming meeting known";
    answer.summary = [
      ...windowLines,
      `Neither the minutes nor the schedule name ${body ? `${article(body)} ${body}` : "a"} meeting after ${formatLongDate(today)}.`,
      latest
        ? `The latest ${body ? `${body} ` : ""}meeting in the minutes is the ${latest.body} on ${formatLongDate(latest.date)}.`
        : `No ${body ? `${body} ` : ""}minutes are loaded.`,
      ...aheadLine(said),
      ...(otherLine ? [otherLine] : []),
    ].join(" ");
    if (latest && meetsToday.length === 0) {
      answer.sections = [
        {
          heading: "Latest meeting",
          text: `${latest.title} (${latest.body}), ${describeNextMeeting(latest)}.`,
          bullets: [],
          citation: citeLine(latest, latest.attendees[0]?.line ?? latest.items[0]?.line ?? 1),
        },
        ...mentionSections(said),
      ];
    }
  }
  answer.followUps = [
    ...(latest ? [`what happened at ${meetingPhrase(latest)}?`] : []),
    "list the meetings",
    ...(body ? [] : ["when is the next DMG meeting?"]),
  ];
  return answer;
};

// Initials are read letter by letter: "an LCRB meeting", "a DMG meeting".
function article(initials: string): string {
  return /^[AEFHILMNORSX]/.test(initials) ? "an" : "a";
}

// "Is there a meeting this month?" is answered yes or no first.
function windowAnswer(
  window: TimeWindow,
  known: readonly Announced[],
  body: string | null,
): string {
  const within = known.filter(
    ({ upcoming }) => upcoming.date >= window.from && upcoming.date <= window.to,
  );
  if (within.length === 0)
    return `No ${body ? `${body} ` : ""}meeting is known for ${window.words}.`;
  const bodies = [...new Set(within.map(({ upcoming }) => upcoming.body))].join(" and ");
  // "Meets next month", but "meets in 2027", "in the rest of 2026".
  const when = /\d{4}$/.test(window.words) ? `in ${window.words}` : window.words;
  return `Yes: the ${bodies} ${within.length > 1 ? "meet" : "meets"} ${when}.`;
}
