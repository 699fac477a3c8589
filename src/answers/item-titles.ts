import type { AgendaItem, Meeting } from "../corpus/model.js";
import { topicWords } from "./question.js";

/** An agenda item and its meeting. */
export interface TitledItem {
  meeting: Meeting;
  item: AgendaItem;
}

/**
 * The key of a title or a question's subject: its words as a question's topic words are read
 * (lower case, no filler), each once, in order. "Operational update" and "the operational
 * update" share one; so do a title and a subject that are the same words.
 */
export function titleKey(words: readonly string[]): string {
  return [...new Set(words)].sort().join(" ");
}

/** Every agenda item under the key of its title: made once for the minutes, then looked up. */
export function itemsByTitle(meetings: readonly Meeting[]): Map<string, TitledItem[]> {
  const byTitle = new Map<string, TitledItem[]>();
  for (const meeting of meetings)
    for (const item of meeting.items) {
      const key = titleKey(topicWords(item.title.toLowerCase(), []));
      if (key === "") continue;
      const same = byTitle.get(key);
      if (same) same.push({ meeting, item });
      else byTitle.set(key, [{ meeting, item }]);
    }
  return byTitle;
}
