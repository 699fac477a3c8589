/** The scheme and path of a meeting's minutes as an MCP resource. */
export const MINUTES_URI_TEMPLATE = "lcrb://minutes/{id}";

/** `lcrb://minutes/lcrb-2023-04-12`: where a client opens the minutes a citation points into. */
export function minutesUri(meetingId: string): string {
  return `lcrb://minutes/${meetingId}`;
}
