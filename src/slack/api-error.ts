import { ErrorCode as BoltErrorCode } from "@slack/bolt";
import * as z from "zod";

// What @slack/web-api throws for a Slack answer of { ok: false, error }: the error word in `data`.
const PlatformError = z.object({ data: z.object({ error: z.string() }) });
// What Bolt's respond() throws when a response_url post fails: only the HTTP status.
const RespondError = z.object({
  code: z.literal(BoltErrorCode.RespondError),
  statusCode: z.number(),
});

/**
 * The error word Slack answered with ("not_in_channel", "invalid_blocks", …), or null for an
 * error that is not Slack's refusal (a network failure, a bug). The one place that reads it.
 */
export function slackErrorCode(error: unknown): string | null {
  const parsed = PlatformError.safeParse(error);
  return parsed.success ? parsed.data.data.error : null;
}

/**
 * Whether Slack refused what was sent as a message's content: `invalid_blocks` from the Web API,
 * or HTTP 400 from a response_url (which says why only in a body Bolt does not keep; an expired
 * URL is 404, too many posts 429).
 */
export function blocksRefused(error: unknown): boolean {
  if (slackErrorCode(error) === "invalid_blocks") return true;
  const respond = RespondError.safeParse(error);
  return respond.success && respond.data.statusCode === 400;
}
