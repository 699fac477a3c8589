import type { Answer, AnswerSection } from "../../answers/answer.js";
import { citationPlace, citationSource } from "../../answers/citations.js";
import { emphasisRuns } from "../../answers/emphasis.js";
import { escapeMrkdwn, mrkdwnLink } from "./escape.js";

// This file and escape.ts import nothing from Bolt or the rest of slack/: the JSON that `lcrb ask
// --json` and the MCP server give programs carries this text as `mrkdwn` (src/cli/json/answer.ts),
// and the CLI must not load the Slack app to build it.

/** Text as escaped mrkdwn, its highlights in Slack bold. */
function emphasisedMrkdwn(text: string, highlights?: AnswerSection["highlights"]): string {
  return emphasisRuns(text, highlights)
    .map((run) => (run.emphasised ? `*${escapeMrkdwn(run.text)}*` : escapeMrkdwn(run.text)))
    .join("");
}

/** A section's text as escaped mrkdwn, its highlights in Slack bold. */
export function sectionTextMrkdwn(section: Pick<AnswerSection, "text" | "highlights">): string {
  return emphasisedMrkdwn(section.text ?? "", section.highlights);
}

/** A section's bullets as mrkdwn lines ("• …"), each bullet's lead in Slack bold. */
export function bulletsMrkdwn(
  section: Pick<AnswerSection, "bullets" | "bulletHighlights">,
): string[] {
  return section.bullets.map(
    (bullet, i) => `• ${emphasisedMrkdwn(bullet, section.bulletHighlights?.[i])}`,
  );
}

/**
 * An Answer as one Slack mrkdwn message: title, summary, sections with their citations, then
 * follow-up suggestions. Slack's fallback text, and the `mrkdwn` of `lcrb ask --json`.
 */
export function answerToMrkdwn(answer: Answer): string {
  const blocks: string[] = [`*${escapeMrkdwn(answer.title)}*`];
  if (answer.summary) blocks[0] += `\n${escapeMrkdwn(answer.summary)}`;
  for (const section of answer.sections) {
    const lines: string[] = [];
    if (section.heading) lines.push(`*${escapeMrkdwn(section.heading)}*`);
    if (section.text) lines.push(sectionTextMrkdwn(section));
    lines.push(...bulletsMrkdwn(section));
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
