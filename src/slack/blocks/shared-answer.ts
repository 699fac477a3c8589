import type { Answer } from "../../answers/answer.js";
import { renderAnswer } from "./answer.js";
import { escapeMrkdwn } from "./escape.js";
import type { SlackMessage } from "./message.js";

/** The copy of a private answer posted to the channel: it says who asked what, and has no buttons. */
export function renderSharedAnswer(answer: Answer, askedBy: string): SlackMessage {
  const asked = `<@${askedBy}> asked: “${escapeMrkdwn(answer.question)}”`;
  const message = renderAnswer(answer, { share: null, interactive: false, preface: asked });
  return { ...message, text: `${asked}\n${message.text}` };
}
