import { CALENDAR_PATHS } from "../calendar-routes.js";
import { mrkdwnLink } from "./escape.js";
import { type Block, contextLine, type SlackMessage, withBlocksAdded } from "./message.js";

/** "Add the meetings to your calendar: all · LCRB · DMG", each a link to its feed. */
export function calendarLinks(publicUrl: string): string {
  const links = Object.entries(CALENDAR_PATHS).map(([path, body]) =>
    mrkdwnLink(`${publicUrl}${path}`, body ?? "all meetings"),
  );
  return `:calendar: Add the meetings to your calendar: ${links.join(" · ")}`;
}

/** The feed links as a context block, or none when no public URL is configured. */
export function calendarLinkBlocks(publicUrl: string | null): Block[] {
  return publicUrl ? [contextLine(calendarLinks(publicUrl))] : [];
}

/** A "next meeting" answer with the feed links under it (when a public URL is configured). */
export function withCalendarLinks(message: SlackMessage, publicUrl: string | null): SlackMessage {
  // A message at Slack's block limit keeps its answer; the links are the part that can go.
  return withBlocksAdded(message, calendarLinkBlocks(publicUrl)) ?? message;
}
