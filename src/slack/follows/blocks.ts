import type { FollowAlert } from "../../follows/alerts.js";
import type { Follow } from "../../store/store.js";
import { escapeMrkdwn } from "../blocks/escape.js";
import { truncate } from "../blocks/limits.js";
import { contextLine, mrkdwnSection, type SlackMessage } from "../blocks/message.js";

// An excerpt is the sentence that matched; a long one is cut so three items stay readable.
const EXCERPT_CHARS = 300;

/** What a follow is called in replies: the topic in quotes, or "new minutes". */
export function followName(follow: Pick<Follow, "topic">): string {
  return follow.topic === null ? "new minutes" : `“${follow.topic}”`;
}

/** The command that stops a follow, as the user would type it. */
export function unfollowCommand(follow: Pick<Follow, "topic">): string {
  return `/lcrb unfollow ${follow.topic ?? "new minutes"}`;
}

/** The channel post for one alert: the meeting, then each matching item with its cited excerpt. */
export function alertMessage(alert: FollowAlert): SlackMessage {
  const { follow, meeting, items } = alert;
  const lead = follow.topic === null ? "New minutes" : `New minutes mention ${followName(follow)}`;
  return {
    text: `${lead}: ${meeting}`,
    blocks: [
      mrkdwnSection(`${escapeMrkdwn(lead)}: *${escapeMrkdwn(meeting)}*`),
      ...items.flatMap((item) => [
        mrkdwnSection(
          `*${escapeMrkdwn(item.label)}*\n> ${escapeMrkdwn(truncate(item.excerpt, EXCERPT_CHARS))}`,
        ),
        contextLine(`\`${escapeMrkdwn(item.source.file)}:${item.source.line}\``),
      ]),
      contextLine(
        `This channel follows ${escapeMrkdwn(followName(follow))}; \`${escapeMrkdwn(unfollowCommand(follow))}\` stops these posts.`,
      ),
    ],
  };
}
