import type { CustomRoute } from "@slack/bolt";
import type { ContextSource } from "../answers/context.js";
import { calendarFeed } from "../calendar/feed.js";
import type { Body } from "../corpus/model.js";

/** The feed paths HTTP mode serves: all meetings, and one per body. */
export const CALENDAR_PATHS: Record<string, Body | null> = {
  "/calendar.ics": null,
  "/calendar/lcrb.ics": "LCRB",
  "/calendar/dmg.ics": "DMG",
};

/**
 * GET /calendar.ics, /calendar/lcrb.ics and /calendar/dmg.ics: the meetings after today as
 * iCalendar, built per request from the current corpus so that a client polling the feed sees
 * today's list and any minutes added since.
 */
export function calendarRoutes(contexts: ContextSource): CustomRoute[] {
  return Object.entries(CALENDAR_PATHS).map(([path, body]) => ({
    path,
    method: ["GET"],
    handler: (_req, res) => {
      const feed = calendarFeed(contexts.current(), body);
      res.writeHead(200, {
        "content-type": "text/calendar; charset=utf-8",
        // Calendar clients poll; an hour is fresh enough for meetings announced months ahead.
        "cache-control": "public, max-age=3600",
      });
      res.end(feed);
    },
  }));
}
