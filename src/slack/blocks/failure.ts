import { mrkdwnSection, type SlackMessage } from "./message.js";

/** What the user sees when answering failed: polite, and no internals. */
export function renderFailure(): SlackMessage {
  const text =
    "Sorry, I couldn't answer that just now. Please try again in a minute; if it keeps happening, let the bot's maintainers know.";
  return { blocks: [mrkdwnSection(`:warning: ${text}`)], text };
}
