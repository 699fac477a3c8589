import { isQuestionStopWord } from "../answers/asked-of.js";
import { monthName } from "../answers/format.js";
import type { AgendaItem, Meeting } from "../corpus/model.js";
import { isProceduralItem } from "../corpus/procedural.js";
import { truncate } from "./blocks/limits.js";

/** A suggested prompt: the title a user sees, and the message it sends as theirs. */
export interface SuggestedPrompt {
  title: string;
  message: string;
}

// Slack shows four prompts at most; a title longer than this is cut in the Messages tab.
const TITLE_LENGTH = 40;

/**
 * Prompts for the Messages tab, built from the minutes so each has an answer: the latest meeting,
 * the next meeting, and a live topic (one the latest minutes discuss that earlier minutes did too).
 */
export function suggestedPrompts(meetings: readonly Meeting[]): SuggestedPrompt[] {
  const latest = meetings.at(-1);
  const prompts: SuggestedPrompt[] = [];
  if (latest) {
    const [year, month] = latest.date.split("-");
    prompts.push({
      title: `The latest ${latest.body} meeting`,
      message: `what happened at the ${latest.body} meeting in ${monthName(Number(month))} ${year}?`,
    });
  }
  prompts.push({ title: "The next meeting", message: "when is the next meeting?" });
  const topic = liveTopic(meetings);
  if (topic) {
    prompts.push({
      title: truncate(topic.title, TITLE_LENGTH),
      message: `what was said about ${topic.title.toLowerCase()}?`,
    });
  }
  return prompts;
}

/** Subject words of a title: "Tackling ethnic disproportionality" → tackling, ethnic, disproportionality. */
function subjectWords(title: string): string[] {
  return (title.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
    (word) => !isQuestionStopWord(word),
  );
}

const substantive = (item: AgendaItem) =>
  item.number !== null && item.passages.length > 0 && !isProceduralItem(item.title);

/**
 * The newest meeting's first substantive item whose subject an earlier meeting also discussed,
 * else its first substantive item: what the board keeps coming back to.
 */
function liveTopic(meetings: readonly Meeting[]): AgendaItem | null {
  const latest = meetings.at(-1);
  if (!latest) return null;
  const earlier = new Set(
    meetings
      .slice(0, -1)
      .flatMap((meeting) => meeting.items.filter(substantive))
      .flatMap((item) => subjectWords(item.title)),
  );
  const items = latest.items.filter(substantive);
  return (
    items.find((item) => subjectWords(item.title).some((word) => earlier.has(word))) ??
    items[0] ??
    null
  );
}
