import type { webApi } from "@slack/bolt";
import { slackErrorCode } from "../api-error.js";

/** Whether a user may change a channel's follows, and if not, what to tell them. */
export type Membership = { ok: true } | { ok: false; reason: string };

// Errors meaning the bot cannot see the channel: it was never invited, so it could not post alerts there either.
const BOT_NOT_IN_CHANNEL = new Set(["channel_not_found", "not_in_channel", "missing_scope"]);

/**
 * Only people in a channel may change what it follows: reads the channel's members
 * (conversations.members, page by page) and looks for the user.
 */
export async function channelMembership(
  client: webApi.WebClient,
  channel: string,
  user: string,
): Promise<Membership> {
  let cursor: string | undefined;
  try {
    do {
      const page = await client.conversations.members({
        channel,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      if (page.members?.includes(user)) return { ok: true };
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && BOT_NOT_IN_CHANNEL.has(code)) {
      return {
        ok: false,
        reason:
          "I am not in this channel, so I could not post alerts here: invite me first (`/invite @lcrb`).",
      };
    }
    throw error;
  }
  return { ok: false, reason: "Only people in this channel can change what it follows." };
}
