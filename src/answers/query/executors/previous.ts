import { isProceduralItem } from "../../../corpus/procedural.js";
import { citeLine, formatDate, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeMentions, mentionSections } from "../../mention-sections.js";
import { meetingsMentioned } from "../../mentioned-meetings.js";
import type { Executor } from "../executor.js";
import { withOneMeeting } from "./one-meeting.js";

/**
 * "Which meeting's minutes were signed off in April 2022": the earlier meetings whose minutes and
 * actions the named meeting's own minutes take up, as they date them, and whether we hold them.
 */
export const previousExecutor: Executor = (input) =>
  withOneMeeting(input, "meeting", (meeting) => {
    const { question, context } = input;
    const chosen = meeting ?? context.meetings.filter((m) => m.date <= context.today()).at(-1);
    const answer = blankAnswer("meeting", question, "Which meeting?");
    if (!chosen) {
      answer.summary = "I hold no minutes yet.";
      return answer;
    }
    answer.meeting = meetingRef(chosen);
    answer.title = `Earlier meetings in the minutes of ${meetingLabel(chosen)}`;
    const earlier = meetingsMentioned(chosen).filter((mention) => mention.when === "earlier");
    const held = (date: string | null, body: string) =>
      context.meetings.find((m) => m.body === body && date !== null && m.date === date);
    const unheld = earlier.filter((mention) => mention.date && !held(mention.date, mention.body));
    answer.summary =
      earlier.length > 0
        ? `They speak of ${describeMentions(earlier)}.${unheld.length > 0 ? ` I have no minutes of ${unheld.length === 1 ? "it" : "them"}.` : ""}`
        : "They name no earlier meeting.";
    answer.sections = mentionSections(earlier);
    // No earlier meeting dated: the item on the last meeting's minutes, as it stands.
    const minutesItem = chosen.items.find(
      (item) => isProceduralItem(item.title) && /minutes|notes/i.test(item.title),
    );
    if (earlier.length === 0 && minutesItem)
      answer.sections.push({
        heading: minutesItem.title,
        text: minutesItem.passages[0]?.text ?? null,
        bullets: [],
        citation: citeLine(chosen, minutesItem.passages[0]?.line ?? minutesItem.line),
      });
    answer.followUps = [
      `what happened at the ${chosen.body} meeting on ${formatDate(chosen.date)}?`,
    ];
    return answer;
  });
