/**
 * Escapes text from the minutes or from a user for Slack mrkdwn. Once `<` is `&lt;`, no
 * `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>` or `<@U…>` can reach Slack as live
 * markup: it shows as the characters typed.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Plain text for a header: no bold markers (plain_text shows them as typed), still escaped. */
export function plainText(text: string): string {
  return escapeMrkdwn(text.replace(/\*([^*\n]+)\*/g, "$1"));
}
