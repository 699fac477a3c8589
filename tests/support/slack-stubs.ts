import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Logger, webApi } from "@slack/bolt";
import { vi } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../src/answers/index.js";
import { AnswerTurns } from "../../src/slack/answer-turns.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { createLogger } from "../../src/slack/logger.js";
import { RecentIds } from "../../src/slack/recent-ids.js";
import { openSqliteStore } from "../../src/store/sqlite.js";

/** What @slack/web-api throws when Slack answers { ok: false, error }. */
export const slackRefusal = (error: string) => new webApi.WebAPIPlatformError({ ok: false, error });

/** A logger that keeps its lines, for listeners and helpers tested on their own. */
export function keptLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger("debug", { sink: { write: (line) => lines.push(line) } }), lines };
}

type Method = (args: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * A Web API client whose methods are vi.fn()s answering { ok: true } unless a test says otherwise;
 * only the methods the listeners call.
 */
export function stubClient() {
  const method = () => vi.fn<Method>(async () => ({ ok: true }));
  const client = {
    chat: { postMessage: method() },
    reactions: { add: method(), remove: method() },
    views: { publish: method() },
    assistant: { threads: { setStatus: method(), setSuggestedPrompts: method() } },
    conversations: { members: method() },
  };
  return { client, asWebClient: client as unknown as webApi.WebClient };
}

/** SlackDeps over a real answer context, with a fresh store and a kept logger. */
export function stubDeps(context: AnswerContext, overrides: Partial<SlackDeps> = {}) {
  const { logger, lines } = keptLogger();
  const deps: SlackDeps = {
    contexts: { current: () => context },
    answer: answerQuestion,
    logger,
    answeredMessages: new RecentIds(),
    store: openSqliteStore(mkdtempSync(join(tmpdir(), "lcrb-unit-data-"))),
    publicUrl: null,
    conversations: new InMemoryConversationStore(),
    turns: new AnswerTurns(),
    ...overrides,
  };
  return { deps, lines };
}

/** Bolt's ack and respond as vi.fn()s, to check a listener acknowledged before it answered. */
export function ackAndRespond() {
  return {
    ack: vi.fn(async () => {}),
    respond: vi.fn(async (_message: Record<string, unknown>) => ({})),
  };
}

/**
 * A click on one of the bot's buttons, as Bolt hands it to a listener: a plain button unless
 * `type` names another element (feedback_buttons).
 */
export function buttonArgs(
  action: { action_id: string; value: string; type?: string },
  options: { ephemeral?: boolean; channel?: string | null } = {},
) {
  const { client, asWebClient } = stubClient();
  const { ack, respond } = ackAndRespond();
  const channel = options.channel === undefined ? "C0LCRB" : options.channel;
  const body = {
    type: "block_actions",
    user: { id: "U0ASKER", team_id: "T0LCRB" },
    team: { id: "T0LCRB" },
    container: { type: "message", is_ephemeral: options.ephemeral ?? true },
    ...(channel ? { channel: { id: channel } } : {}),
  };
  return {
    client,
    ack,
    respond,
    args: { ack, respond, client: asWebClient, body, action: { type: "button", ...action } },
  };
}
