import ical, { type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import type { AnswerContext } from "../answers/context.js";
import { formatDate, meetingLabel } from "../answers/format.js";
import { upcomingMeetings } from "../answers/intents/next.js";
import { BODY_TITLES, type Body } from "../corpus/model.js";
import { LONDON, vtimezone } from "./london-zone.js";

/** Where a feed's UIDs live: body + date is one meeting, so the UID stays put across runs and hosts. */
const UID_DOMAIN = "lcrb-bot";

/**
 * The meetings after today (from the minutes' "next meeting" lines and schedule.yml) as an
 * iCalendar document, of one body or both. Times are London wall-clock times with their zone;
 * a meeting announced without a time is an all-day event.
 */
export function calendarFeed(
  context: Pick<AnswerContext, "meetings" | "schedule" | "today">,
  body: Body | null = null,
): string {
  const calendar = ical({
    name: body ? `${BODY_TITLES[body]} (${body}) meetings` : "LCRB and DMG meetings",
    description:
      "Meetings announced in the minutes of the London Crime Reduction Board and its Delivery Management Group.",
    prodId: { company: "lcrb-bot", product: "meetings", language: "EN" },
    // No calendar-wide zone: ical-generator writes DTSTAMP in that zone without a Z, where RFC 5545
    // wants UTC. Each timed event carries TZID=Europe/London, and the generator still adds the
    // VTIMEZONE for every zone the events use.
    timezone: { name: null, generator: vtimezone },
  });
  for (const { upcoming, announcedBy } of upcomingMeetings(
    context.meetings,
    context.schedule,
    context.today(),
  )) {
    if (body && upcoming.body !== body) continue;
    const source =
      announcedBy && upcoming.source
        ? `Announced in the minutes of ${meetingLabel(announcedBy)} (${upcoming.source.file}:${upcoming.source.line}).`
        : "From the meeting schedule (corpus/schedule.yml).";
    const event: ICalEventData = {
      id: `${upcoming.body.toLowerCase()}-${upcoming.date}@${UID_DOMAIN}`,
      summary: `${BODY_TITLES[upcoming.body]} (${upcoming.body})`,
      description: `${upcoming.body} meeting on ${formatDate(upcoming.date)}. ${source}`,
      location: upcoming.venue,
      ...when(upcoming.date, upcoming.time),
    };
    calendar.createEvent(event);
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}

// A Luxon time in London keeps the wall-clock hour whatever the host's zone (a plain Date on a UTC
// host would turn a BST 12:00 into 11:00). Minutes give no end time, so a timed event has none:
// RFC 5545 then reads it as ending when it starts.
function when(
  date: string,
  time: string | null,
): Pick<ICalEventData, "start" | "allDay" | "timezone"> {
  if (time === null) return { start: DateTime.fromISO(date, { zone: LONDON }), allDay: true };
  return { start: DateTime.fromISO(`${date}T${time}`, { zone: LONDON }), timezone: LONDON };
}
