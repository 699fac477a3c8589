import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { EventClaims } from "../event-claims.js";

/**
 * Drops an Events API delivery whose event_id was already claimed (by this process, or with Redis
 * by any replica). Bolt acknowledges events before middleware runs, so a retry
 * (X-Slack-Retry-Num) is acked and then goes no further.
 */
export function dedupeEvents(claims: EventClaims): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const eventId = "event_id" in body && typeof body.event_id === "string" ? body.event_id : null;
    if (eventId !== null && !(await claims.claim(eventId))) {
      const retry = context.retryNum === undefined ? "" : ` (retry ${context.retryNum})`;
      logger.info(`event ${eventId} was already received${retry}; not answering it twice`);
      return;
    }
    await next();
  };
}
