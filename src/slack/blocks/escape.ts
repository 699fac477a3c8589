import { escapeMrkdwn, mrkdwnLink } from "../../answers/render/mrkdwn.js";

/**
 * Text from the minutes or from a user is escaped for mrkdwn by the answers layer's escaper (the
 * same one behind the text fallback): once `<` is `&lt;`, no `<!channel>`, `<!here>`,
 * `<!everyone>`, `<!subteam^…>` or `<@U…>` can reach Slack as live markup, and a typed
 * "@channel" is made inert.
 */
export { escapeMrkdwn, mrkdwnLink };

/** Plain text for a header or button label: no bold markers (plain_text shows them), still escaped. */
export function plainText(text: string): string {
  return escapeMrkdwn(text.replace(/\*([^*\n]+)\*/g, "$1"));
}
