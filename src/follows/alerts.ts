import type { AnswerContext } from "../answers/context.js";
import { formatDate, itemLabel } from "../answers/format.js";
import { BODY_TITLES, type Meeting } from "../corpus/model.js";
import type { Follow } from "../store/store.js";

/** One matching agenda item of a new meeting, with the excerpt that matched and where it is. */
export interface AlertItem {
  /** "2 Casey Review". */
  label: string;
  excerpt: string;
  source: { file: string; line: number };
}

/** What one follow should be told about one new meeting: platform-neutral, rendered by each face. */
export interface FollowAlert {
  follow: Follow;
  meetingId: string;
  /** "London Crime Reduction Board (LCRB), 12 April 2023". */
  meeting: string;
  /** Matching items, best first; empty for a "new minutes" follow. */
  items: AlertItem[];
}

// A post names the best few items; the rest are a search away.
const MAX_ITEMS = 3;

/**
 * The alerts new meetings owe the follows: a "new minutes" follow (no topic) hears of every new
 * meeting, a topic follow of each new meeting whose minutes the search finds the topic in (the
 * same search, and the same silence on absent topics, as a question would get). Pure: sending,
 * and making sure each (follow, meeting) goes out once, is the caller's.
 */
export function alertsFor(
  added: readonly Meeting[],
  follows: readonly Follow[],
  context: Pick<AnswerContext, "search">,
): FollowAlert[] {
  const alerts: FollowAlert[] = [];
  for (const meeting of added) {
    for (const follow of follows) {
      const items = follow.topic === null ? [] : matchingItems(meeting, follow.topic, context);
      if (follow.topic !== null && items.length === 0) continue;
      alerts.push({ follow, meetingId: meeting.id, meeting: describeMeeting(meeting), items });
    }
  }
  return alerts;
}

function matchingItems(
  meeting: Meeting,
  topic: string,
  context: Pick<AnswerContext, "search">,
): AlertItem[] {
  const response = context.search.search(topic, {
    body: meeting.body,
    from: meeting.date,
    to: meeting.date,
    limit: MAX_ITEMS,
  });
  return response.results
    .filter((result) => result.meetingId === meeting.id)
    .map((result) => ({
      label: itemLabel(result.item),
      excerpt: result.excerpt,
      source: { file: result.source.file, line: result.source.line },
    }));
}

function describeMeeting(meeting: Meeting): string {
  return `${BODY_TITLES[meeting.body]} (${meeting.body}), ${formatDate(meeting.date)}`;
}
