// Slack reads &, < and > as markup, so text from the minutes or the question must escape them.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

// "@channel" typed as plain text can still notify everyone when a client re-parses it; a zero
// width joiner after the "@" keeps it readable but inert.
const BROADCAST = /@(channel|here|everyone)\b/gi;

/**
 * Escapes text from the minutes or from a user for Slack mrkdwn, keeping *bold*: once `<` is
 * `&lt;`, no `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>` or `<@U…>` can reach Slack as
 * live markup, and a typed "@channel" is made inert.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c).replace(BROADCAST, "@\u2060$1");
}

/**
 * `<url|label>`: the URL's &, < and > escaped as Slack asks, and `|` encoded so it cannot end the
 * URL early; the label escaped like any text.
 */
export function mrkdwnLink(url: string, label: string): string {
  return `<${url.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c).replaceAll("|", "%7C")}|${escapeMrkdwn(label)}>`;
}
