import type { RespondFn, SlashCommand, webApi } from "@slack/bolt";
import type { FollowCommand } from "../../follows/command.js";
import type { Store } from "../../store/store.js";
import { escapeMrkdwn } from "../blocks/escape.js";
import { followName, unfollowCommand } from "./blocks.js";
import { channelMembership } from "./membership.js";

/**
 * `/lcrb follow <topic>`, `unfollow <topic>` and `following`, for the channel the command was typed
 * in (per workspace). Listing is open to anyone who can type there; changing a channel's follows
 * takes a member of it. Every reply is private to the person who asked.
 */
export async function runFollowCommand(
  request: FollowCommand,
  command: Pick<SlashCommand, "team_id" | "channel_id" | "user_id">,
  store: Store,
  client: webApi.WebClient,
  respond: RespondFn,
): Promise<void> {
  const where = { team: command.team_id, channel: command.channel_id };
  const reply = (text: string) => respond({ response_type: "ephemeral", text });
  if (request.kind === "following") {
    const follows = store.follows(where);
    await reply(
      follows.length === 0
        ? "This channel follows nothing yet. `/lcrb follow knife crime` posts here when new minutes mention knife crime; `/lcrb follow new minutes` announces every new meeting."
        : `This channel follows ${follows.map((f) => escapeMrkdwn(followName(f))).join(", ")}.`,
    );
    return;
  }
  const membership = await channelMembership(client, command.channel_id, command.user_id);
  if (!membership.ok) {
    await reply(membership.reason);
    return;
  }
  const name = escapeMrkdwn(followName(request));
  if (request.kind === "follow") {
    const { created } = store.follow({
      ...where,
      topic: request.topic,
      createdBy: command.user_id,
    });
    const what =
      request.topic === null
        ? "I will post here when the minutes of a new meeting arrive"
        : "when new minutes mention it, I will post the meeting, the matching items and a cited excerpt here";
    await reply(
      created
        ? `This channel now follows ${name}: ${what}. \`${escapeMrkdwn(unfollowCommand(request))}\` stops it.`
        : `This channel already follows ${name}.`,
    );
    return;
  }
  await reply(
    store.unfollow(where, request.topic)
      ? `This channel no longer follows ${name}.`
      : `This channel does not follow ${name}; \`/lcrb following\` lists what it follows.`,
  );
}
