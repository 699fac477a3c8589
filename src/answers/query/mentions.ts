import type { AgendaItem, Meeting } from "../../corpus/model.js";

// A word's stem for matching the minutes: long words lose up to three letters of ending, so
// "backlogs" finds "backlog" and "disproportionality" finds "disproportionate".
function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when every subject word starts some word of `text`, by its stem. */
export function textMentions(text: string, subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  const words = wordsOf(text);
  return subject.every((word) => {
    const wanted = stem(word.replace(/[^a-z0-9]/g, ""));
    return wanted.length > 0 && words.some((w) => w.startsWith(wanted));
  });
}

/** A passage (or the item's own title, line null) of an item that mentions the subject. */
export interface Mention {
  meeting: Meeting;
  item: AgendaItem;
  /** The passages that mention every subject word; empty when only the title does. */
  passages: AgendaItem["passages"];
  /** True when the item's title names the subject: the item is about it, not in passing. */
  inTitle: boolean;
}

/**
 * The agenda items of `meeting` whose title or passages mention every subject word. An item is
 * read as a whole (title and passages), so "police and crime plan" is found in an item titled
 * "Police and Crime Plan" whose passages say "PCP".
 */
export function itemMentions(meeting: Meeting, subject: readonly string[]): Mention[] {
  const found: Mention[] = [];
  for (const item of meeting.items) {
    const inTitle = textMentions(item.title, subject);
    const passages = item.passages.filter((p) => textMentions(p.text, subject));
    const whole = textMentions(
      `${item.title} ${item.passages.map((p) => p.text).join(" ")}`,
      subject,
    );
    if (inTitle || passages.length > 0 || whole) found.push({ meeting, item, passages, inTitle });
  }
  return found;
}
