import type { Logger, webApi } from "@slack/bolt";
import { describe } from "../../errors.js";
import type { FollowAlert } from "../../follows/alerts.js";
import type { Store } from "../../store/store.js";
import { alertMessage } from "./blocks.js";

/**
 * Posts each alert in its channel at most once, ever: the (follow, meeting) pair is claimed in the
 * store first, so a restart or another replica that sees the same new minutes stays quiet. A post
 * that fails gives its claim back (a later reload may try again) and is logged with its reason.
 */
export async function sendAlerts(
  alerts: readonly FollowAlert[],
  store: Store,
  client: webApi.WebClient,
  logger: Logger,
): Promise<number> {
  let sent = 0;
  for (const alert of alerts) {
    if (!store.claimAlert(alert.follow.id, alert.meetingId)) continue;
    try {
      await client.chat.postMessage({
        channel: alert.follow.channel,
        ...alertMessage(alert),
        unfurl_links: false,
      });
      sent += 1;
    } catch (error) {
      store.releaseAlert(alert.follow.id, alert.meetingId);
      logger.error(
        `could not post the ${alert.meetingId} alert to ${alert.follow.channel}: ${describe(error)}`,
      );
    }
  }
  return sent;
}
