/** `/lcrb follow …`, `/lcrb unfollow …` and `/lcrb following`, read from the command's text. */
export type FollowCommand =
  | { kind: "follow"; topic: string | null }
  | { kind: "unfollow"; topic: string | null }
  | { kind: "following" };

// Words that mean "every new meeting" rather than a topic: "follow", "follow new minutes", "follow all".
const EVERY_MEETING =
  /^(?:(?:all|every|any)(?: new)?(?: minutes| meetings?)?|new (?:minutes|meetings?))$/;

/**
 * The follow command a `/lcrb` text is, or null for a question. Only a text that starts with the
 * command word is one ("who follows up on fraud?" is a question). Topics are kept in lower case
 * with surrounding quotes removed (the Slack face has removed chat markup), so "Knife Crime" and "knife crime" are one follow.
 */
export function readFollowCommand(text: string): FollowCommand | null {
  const match = /^\s*(follow|unfollow|following)(?:\s+(.*))?$/is.exec(text);
  if (!match) return null;
  const verb = (match[1] ?? "").toLowerCase();
  if (verb === "following") return match[2]?.trim() ? null : { kind: "following" };
  const topic = (match[2] ?? "")
    .replace(/^["'“‘]+|["'”’.?!]+$/g, "")
    .trim()
    .toLowerCase();
  const kind = verb === "follow" ? "follow" : "unfollow";
  return { kind, topic: topic === "" || EVERY_MEETING.test(topic) ? null : topic };
}
