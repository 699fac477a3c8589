import type { Meeting, Passage } from "../corpus/model.js";
import { passagesByPost } from "./named-by-post.js";
import { namesPerson, type Person } from "./people.js";
import { type MeetingWords, startsWordsOf } from "./query/meeting-words.js";
import { subjectStem, textMentions } from "./query/mentions.js";

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
 * person on the subject, and the answer must say so. `words`: the snapshot's
 * (MinutesDirectory.words).
 */
export function spokenOn(
  person: Person,
  subject: readonly string[],
  meetings: readonly Meeting[],
  words: MeetingWords,
): SpokenOn[] {
  // A passage mentions the subject (textMentions) only where its meeting's and its item's words
  // start with every stem: the others are passed over unread (at 10,000 meetings, reading every
  // passage of the meetings someone attended cost most of the question).
  const stems = subject.map(subjectStem);
  const within = {
    meeting: (meeting: Meeting) => startsWordsOf(words.of(meeting), stems),
    item: (meeting: Meeting, item: Meeting["items"][number]) =>
      startsWordsOf(words.ofItem(meeting, item), stems),
  };
  const listed = new Set(person.appearances.map((a) => a.meeting.id));
  const found: SpokenOn[] = [];
  for (const meeting of meetings)
    if (listed.has(meeting.id) && within.meeting(meeting))
      // The subject first: a word looked for is cheaper than a name read out of every passage.
      for (const item of meeting.items)
        if (within.item(meeting, item))
          for (const passage of item.passages)
            if (textMentions(passage.text, subject) && namesPerson(passage.text, person))
              found.push({ meeting, passage });
  const inScope = new Set(meetings.map((m) => m.id));
  for (const { meeting, passage } of passagesByPost(person, subject, within))
    if (inScope.has(meeting.id) && textMentions(passage.text, subject))
      found.push({ meeting, passage });
  return found;
}
