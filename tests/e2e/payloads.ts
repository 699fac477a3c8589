import { FAKE_BOT } from "../support/fake-slack/web-api.js";

/** Bodies shaped as Slack sends them (docs.slack.dev: Events API, block_actions). */

let counter = 0;
const nextId = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export function eventCallback(event: Record<string, unknown>, eventId = nextId("Ev")) {
  return {
    token: "legacy-verification-token",
    team_id: FAKE_BOT.teamId,
    api_app_id: "A0LCRB",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        team_id: FAKE_BOT.teamId,
        user_id: FAKE_BOT.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
}

export const messageTs = () =>
  `${Math.floor(Date.now() / 1000)}.${String(counter++).padStart(6, "0")}`;

export function appMention(
  text: string,
  options: { channel?: string; ts?: string; threadTs?: string } = {},
) {
  return {
    type: "app_mention",
    user: "U0ASKER",
    text: `<@${FAKE_BOT.userId}> ${text}`,
    ts: options.ts ?? messageTs(),
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: options.channel ?? "C0LCRB",
    event_ts: options.ts ?? messageTs(),
  };
}

export function directMessage(text: string, extra: Record<string, unknown> = {}) {
  const ts = messageTs();
  return {
    type: "message",
    channel: "D0ASKER",
    user: "U0ASKER",
    text,
    ts,
    event_ts: ts,
    channel_type: "im",
    ...extra,
  };
}

export function homeOpened(user = "U0ASKER", tab: "home" | "messages" = "home") {
  return { type: "app_home_opened", user, channel: `D0${user}`, tab, event_ts: messageTs() };
}

/** A click on one of the bot's buttons, on a private answer to /lcrb unless told otherwise. */
export function buttonClick(
  button: { action_id: string; value: string },
  responseUrl: string,
  options: { ephemeral?: boolean } = {},
) {
  return elementClick(
    {
      type: "button",
      block_id: "answer_actions",
      action_id: button.action_id,
      text: { type: "plain_text", text: "button" },
      value: button.value,
      action_ts: messageTs(),
    },
    responseUrl,
    options,
  );
}

/** A feedback_buttons element under a message: its two buttons share one action_id. */
export interface FeedbackButtonsElement {
  action_id: string;
  positive_button: { text: { type: "plain_text"; text: string }; value: string };
  negative_button: { text: { type: "plain_text"; text: string }; value: string };
}

/**
 * A click on 👍 or 👎 of a feedback_buttons element: Slack sends the element's action_id with
 * type "feedback_buttons" and the clicked button's own text and value.
 */
export function feedbackButtonsClick(
  element: FeedbackButtonsElement,
  which: "positive" | "negative",
  responseUrl: string,
  blockId: string,
) {
  const button = which === "positive" ? element.positive_button : element.negative_button;
  return elementClick(
    {
      type: "feedback_buttons",
      block_id: blockId,
      action_id: element.action_id,
      text: button.text,
      value: button.value,
      action_ts: messageTs(),
    },
    responseUrl,
    {},
  );
}

function elementClick(
  action: Record<string, unknown>,
  responseUrl: string,
  options: { ephemeral?: boolean },
) {
  const ephemeral = options.ephemeral ?? true;
  return {
    type: "block_actions",
    user: { id: "U0ASKER", username: "asker", name: "asker", team_id: FAKE_BOT.teamId },
    api_app_id: "A0LCRB",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: messageTs(),
      channel_id: "C0LCRB",
      is_ephemeral: ephemeral,
    },
    trigger_id: "1.2.3",
    team: { id: FAKE_BOT.teamId, domain: "lcrb" },
    channel: { id: "C0LCRB", name: "general" },
    response_url: responseUrl,
    actions: [action],
  };
}
