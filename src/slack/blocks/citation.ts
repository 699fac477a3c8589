import type { Citation } from "../../answers/answer.js";
import { formatDate } from "../../answers/format.js";
import { escapeMrkdwn, mrkdwnLink } from "./escape.js";

/**
 * "LCRB · 12 April 2023 · 2 Casey Review · `002_0368bc6123038781.txt:42`"; when the minutes are
 * published, "LCRB · 12 April 2023" links to the page.
 */
export function citationText(citation: Citation): string {
  const meeting = `${citation.body} · ${formatDate(citation.date)}`;
  const parts = [
    citation.url ? mrkdwnLink(citation.url, meeting) : escapeMrkdwn(meeting),
    ...(citation.item ? [escapeMrkdwn(citation.item)] : []),
    `\`${escapeMrkdwn(citation.file)}:${citation.line}\``,
  ];
  return parts.join(" · ");
}
