import type { Answer, AnswerSection } from "../answer.js";
import { citationPlace, citationSource } from "./citation.js";
import { emphasisRuns } from "./emphasis.js";

// Slack reads &, < and > as markup, so text from the minutes or the question must escape them.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

// "@channel" typed as plain text can still notify everyone when a client re-parses it; a zero
// width joiner after the "@" keeps it readable but inert.
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** Escapes text for Slack mrkdwn, keeping *bold* and making broadcast mentions inert. */
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

/** A section's text as escaped mrkdwn, its highlights in Slack bold. */
export function sectionTextMrkdwn(section: Pick<AnswerSection, "text" | "highlights">): string {
  return emphasisRuns(section.text ?? "", section.highlights)
    .map((run) => (run.emphasised ? `*${escapeMrkdwn(run.text)}*` : escapeMrkdwn(run.text)))
    .join("");
}

/**
 * An Answer as one Slack mrkdwn message: title, summary, sections with their citations, then
 * follow-up suggestions. Used as the `text` of `lcrb ask --json` and as Slack's fallback text.
 */
export function answerToMrkdwn(answer: Answer): string {
  const blocks: string[] = [`*${escapeMrkdwn(answer.title)}*`];
  if (answer.summary) blocks[0] += `\n${escapeMrkdwn(answer.summary)}`;
  for (const section of answer.sections) {
    const lines: string[] = [];
    if (section.heading) lines.push(`*${escapeMrkdwn(section.heading)}*`);
    if (section.text) lines.push(sectionTextMrkdwn(section));
    for (const bullet of section.bullets) lines.push(`• ${escapeMrkdwn(bullet)}`);
    if (section.citation) {
      const { url } = section.citation;
      const place = citationPlace(section.citation);
      lines.push(
        `Source: ${url ? mrkdwnLink(url, place) : escapeMrkdwn(place)} \`${escapeMrkdwn(citationSource(section.citation))}\``,
      );
    }
    if (lines.length > 0) blocks.push(lines.join("\n"));
  }
  if (answer.more) blocks.push("More results are available.");
  if (answer.followUps.length > 0) {
    blocks.push(`Try: ${answer.followUps.map((f) => `“${escapeMrkdwn(f)}”`).join(" · ")}`);
  }
  return blocks.join("\n\n");
}
