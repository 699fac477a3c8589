/** The zone every meeting time in the minutes is written in. */
export const LONDON = "Europe/London";

// The UK has changed clocks on the EU rule (last Sunday of March and of October, 01:00 UTC) since
// 1996, so two yearly rules describe every meeting in the minutes and every one announced. A
// calendar that names TZID=Europe/London must define it (RFC 5545 §3.6.5); clients that know the
// zone by name use their own copy, and the rest use this one.
const LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${LONDON}`,
  `X-LIC-LOCATION:${LONDON}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** ical-generator's timezone generator: the VTIMEZONE block for London, nothing for other zones. */
export function vtimezone(zone: string): string | null {
  return zone === LONDON ? LONDON_VTIMEZONE : null;
}
