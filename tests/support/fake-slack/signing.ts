import { createHmac } from "node:crypto";

/**
 * The headers Slack sends with a request: v0 HMAC-SHA256 of "v0:timestamp:body" under the
 * signing secret. Used by the load check and the end-to-end tests to talk to the app like Slack.
 */
export function slackSignatureHeaders(
  signingSecret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac("sha256", signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}
