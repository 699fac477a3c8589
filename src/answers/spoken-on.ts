import type { Meeting, Passage } from "../corpus/model.js";
import { passagesByPost } from "./named-by-post.js";
import { namesPerson, type Person } from "./people.js";
import { textMentions } from "./query/mentions.js";

/** A passage that has someone on a subject, and its meeting. */
export interface SpokenOn {
  meeting: Meeting;
  passage: Passage;
}

/**
 * Where the minutes put someone and a subject together ("what did Lynne Owens say about the
 * estate strategy"): the passages that name them, or speak of them by a post only they held there
 * ("the DMPC advised"), and mention every word of the subject, in the minutes of the meetings in
 * scope whose attendance lists name them (as passagesByPost reads; a question at 10,000 meetings
 * then reads the few where they were, not every passage). Empty when the minutes never do, though
 * they may name the person and speak of the subject apart: then the closest passages are not the
 * person on the subject, and the answer must say so.
 */
export function spokenOn(
  person: Person,
  subject: readonly string[],
  meetings: readonly Meeting[],
): SpokenOn[] {
  const listed = new Set(person.appearances.map((a) => a.meeting.id));
  const found: SpokenOn[] = [];
  for (const meeting of meetings)
    if (listed.has(meeting.id))
      // The subject first: a word looked for is cheaper than a name read out of every passage.
      for (const item of meeting.items)
        for (const passage of item.passages)
          if (textMentions(passage.text, subject) && namesPerson(passage.text, person))
            found.push({ meeting, passage });
  const inScope = new Set(meetings.map((m) => m.id));
  for (const { meeting, passage } of passagesByPost(person, subject))
    if (inScope.has(meeting.id) && textMentions(passage.text, subject))
      found.push({ meeting, passage });
  return found;
}
