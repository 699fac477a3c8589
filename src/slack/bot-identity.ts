import { type Logger, webApi } from "@slack/bolt";
import { CodedError, describe, ErrorCode } from "../errors.js";
import { slackErrorCode } from "./api-error.js";

/** The bot's own ids, so it can tell its own messages apart; empty when Slack did not say. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

/** Raised when Slack rejects the bot token at start-up; the message is one line. */
export class SlackStartError extends CodedError<"slack_start_failed"> {
  constructor(message: string) {
    super(ErrorCode.SlackStartFailed, message);
  }
}

// auth.test errors that mean the token itself is wrong: no point starting.
const BAD_TOKEN = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

/**
 * Asks Slack who the bot is (auth.test) once, at start-up. A rejected token stops start-up with
 * one line. If Slack cannot be reached, the bot starts anyway: slash commands are answered
 * through their response_url, and the bot still ignores its own messages by their bot_id.
 */
export async function identifyBot(
  token: string,
  clientOptions: webApi.WebClientOptions,
  logger: Logger,
): Promise<BotIdentity> {
  const client = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 0 } });
  try {
    const auth = await client.auth.test();
    return { botId: auth.bot_id ?? "", botUserId: auth.user_id ?? "" };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && BAD_TOKEN.has(code)) {
      throw new SlackStartError(`Slack rejected SLACK_BOT_TOKEN (${code})`);
    }
    logger.warn(`auth.test failed at start-up, starting anyway: ${describe(error)}`);
    return { botId: "", botUserId: "" };
  }
}
