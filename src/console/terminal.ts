import type { Answer, AnswerSection } from "../answers/answer.js";
import { citationPlace, citationSource } from "../answers/citations.js";
import { emphasisRuns } from "../answers/emphasis.js";

export interface TerminalOptions {
  /** ANSI styles (bold, dim); off for pipes and files. */
  color: boolean;
}

const STYLES = {
  bold: ["\u001b[1m", "\u001b[22m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  heading: ["\u001b[1;36m", "\u001b[22;39m"],
} as const;

type Style = keyof typeof STYLES;

// Control characters from a minutes file must not reach the terminal as escape sequences.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** An Answer as readable terminal text with its citations, styled when `color` is on. */
export function answerToTerminal(answer: Answer, options: TerminalOptions): string {
  const style = (name: Style, text: string) =>
    options.color ? `${STYLES[name][0]}${text}${STYLES[name][1]}` : text;
  const inline = (text: string) => text.replace(CONTROL, "");
  // Highlighted words (a search match, a bullet's lead) in bold.
  const emphasised = (text: string, highlights?: AnswerSection["highlights"]) =>
    emphasisRuns(text, highlights)
      .map((run) => (run.emphasised ? style("bold", inline(run.text)) : inline(run.text)))
      .join("");
  const lines: string[] = [style("bold", inline(answer.title))];
  if (answer.summary) lines.push(inline(answer.summary));
  for (const section of answer.sections) {
    lines.push("");
    if (section.heading) lines.push(style("heading", inline(section.heading)));
    if (section.text) lines.push(`  ${emphasised(section.text, section.highlights)}`);
    section.bullets.forEach((bullet, i) => {
      lines.push(`  • ${emphasised(bullet, section.bulletHighlights?.[i])}`);
    });
    if (section.citation) {
      lines.push(
        style(
          "dim",
          `  [${[citationPlace(section.citation), citationSource(section.citation), section.citation.url].filter(Boolean).join(" · ")}]`,
        ),
      );
    }
  }
  if (answer.more) {
    lines.push("", style("dim", "More results are available."));
  }
  if (answer.followUps.length > 0) {
    lines.push("", style("dim", `Try: ${answer.followUps.map((f) => `“${f}”`).join(" · ")}`));
  }
  return `${lines.join("\n")}\n`;
}
