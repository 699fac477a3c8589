import { z } from "zod";

// What @slack/web-api throws for a Slack answer of { ok: false, error }: the error word in `data`.
const PlatformError = z.object({ data: z.object({ error: z.string() }) });

/**
 * The error word Slack answered with ("not_in_channel", "invalid_blocks", …), or null for an
 * error that is not Slack's refusal (a network failure, a bug). The one place that reads it.
 */
export function slackErrorCode(error: unknown): string | null {
  const parsed = PlatformError.safeParse(error);
  return parsed.success ? parsed.data.data.error : null;
}
