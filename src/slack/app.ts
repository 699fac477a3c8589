import type { AddressInfo } from "node:net";
import {
  App,
  HTTPReceiver,
  type Logger,
  type LogLevel,
  type Receiver,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { ContextSource } from "../answers/context.js";
import {
  answerQuestion,
  type ConversationStore,
  InMemoryConversationStore,
} from "../answers/index.js";
import type { LiveContext } from "../answers/live-context.js";
import type { Config, SlackMode } from "../config.js";
import { describe } from "../errors.js";
import { alertsFor } from "../follows/alerts.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { AnswerTurns } from "./answer-turns.js";
import { identifyBot } from "./bot-identity.js";
import { calendarRoutes } from "./calendar-routes.js";
import type { AnswerFn, SlackDeps } from "./deps.js";
import { memoryEventClaims, redisEventClaims } from "./event-claims.js";
import { sendAlerts } from "./follows/send-alerts.js";
import { healthRoute } from "./health.js";
import { registerListeners } from "./listeners/index.js";
import { createLogger } from "./logger.js";
import { dedupeEvents } from "./middleware/dedupe-events.js";
import { InFlight } from "./middleware/track-in-flight.js";
import { RecentIds } from "./recent-ids.js";
import { warmUp } from "./warm-up.js";

type SlackConfig = Config & { slack: Exclude<SlackMode, { kind: "console" }> };

export interface SlackAppOptions {
  logger?: Logger;
  /** The question router (default answerQuestion); tests pass one that fails. */
  answer?: AnswerFn;
  /** The store (default: the SQLite file in config.dataDir); the app closes it on stop. */
  store?: Store;
  /** Where conversations are kept (default: in this process's memory). */
  conversations?: ConversationStore;
}

/** The Bolt app plus what it takes to start and stop it. */
export interface SlackApp {
  app: App;
  mode: "socket" | "http";
  /**
   * Connects (Socket Mode) or listens (HTTP: on config's port and host, all interfaces when the
   * host is null, unless `listen` says otherwise).
   */
  start(listen?: { port?: number; host?: string }): Promise<{ port: number | null }>;
  /** Stops taking requests, then waits for the replies already under way. */
  stop(): Promise<void>;
}

const POST_PATH = "/slack/events";

/**
 * Builds the Bolt app from config: Socket Mode when an app-level token is set, else HTTP with
 * POST /slack/events and GET /healthz. Asks auth.test who the bot is first, so a bad token fails
 * at start-up in one line rather than on every event.
 */
export async function createSlackApp(
  config: SlackConfig,
  contexts: ContextSource & Partial<Pick<LiveContext, "subscribe">>,
  options: SlackAppOptions = {},
): Promise<SlackApp> {
  const mode = config.slack;
  const secrets = [
    mode.botToken,
    mode.signingSecret,
    "appToken" in mode ? mode.appToken : null,
    config.redisUrl ? decodeURIComponent(new URL(config.redisUrl).password) || null : null,
  ];
  const logger =
    options.logger ??
    createLogger(config.logLevel, {
      secrets: secrets.filter((secret): secret is string => secret !== null),
    });
  // Config's level names are Bolt's ("debug" … "error").
  const logLevel = config.logLevel as LogLevel;
  const clientOptions: webApi.WebClientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    // A reply that arrives minutes late is worse than a logged failure.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200 },
    logger,
    logLevel,
  };
  const bot = await identifyBot(mode.botToken, clientOptions, logger);
  const store = options.store ?? openSqliteStore(config.dataDir);
  const eventClaims = config.redisUrl
    ? await redisEventClaims(config.redisUrl, logger)
    : memoryEventClaims();

  const receiver: Receiver =
    mode.kind === "socket"
      ? new SocketModeReceiver({
          appToken: mode.appToken,
          logger,
          logLevel,
          // Its own client keeps Socket Mode's default retries: reconnecting must outlast an outage.
          installerOptions: { clientOptions: { ...clientOptions, retryConfig: undefined } },
        })
      : new HTTPReceiver({
          signingSecret: mode.signingSecret,
          endpoints: POST_PATH,
          port: mode.port,
          customRoutes: [healthRoute(contexts), ...calendarRoutes(contexts)],
          logger,
          logLevel,
        });
  const app = new App({
    token: mode.botToken,
    botId: bot.botId,
    botUserId: bot.botUserId,
    receiver,
    logger,
    logLevel,
    clientOptions,
    convoStore: false,
  });

  const deps: SlackDeps = {
    contexts,
    answer: options.answer ?? answerQuestion,
    logger,
    answeredMessages: new RecentIds(),
    store,
    publicUrl: config.publicUrl,
    conversations: options.conversations ?? new InMemoryConversationStore(),
    turns: new AnswerTurns(),
  };
  await warmUp(deps);
  const inFlight = new InFlight();
  app.use(dedupeEvents(eventClaims));
  app.use(inFlight.middleware());
  registerListeners(app, deps);
  // New minutes owe the channels that follow them a post. The live context waits for this
  // listener before its next reload, so an alert is never raced by the same meeting's next update.
  const stopAlerts = contexts.subscribe?.(async ({ context, added }) => {
    const alerts = alertsFor(added, store.allFollows(), context);
    const sent = await sendAlerts(alerts, store, app.client, logger);
    if (sent > 0) logger.info(`posted ${sent} follow alert(s) for ${added.length} new meeting(s)`);
  });
  app.error(async (error) => {
    logger.error(`unhandled error in a listener: ${describe(error)}`);
  });

  return {
    app,
    mode: mode.kind,
    async start(listen = {}) {
      if (mode.kind === "socket") {
        await app.start();
        return { port: null };
      }
      const host = listen.host ?? config.host ?? undefined;
      const server = await app.start({ port: listen.port ?? mode.port, host });
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      stopAlerts?.();
      await app.stop();
      if (inFlight.count > 0) logger.info(`finishing ${inFlight.count} reply(ies) in flight`);
      await inFlight.settled();
      store.close();
      await eventClaims.close();
    },
  };
}
