import type { Logger } from "@slack/bolt";
import { createClient } from "redis";
import { RecentIds } from "./recent-ids.js";

/**
 * Who answers an Events API delivery: the first to claim its event_id. Per process by default; with
 * Redis, across every replica sharing it, so a retry routed to another replica is not answered twice.
 */
export interface EventClaims {
  /** True for the first claim of this id, false for any repeat. */
  claim(eventId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** This process's memory of recent event ids: enough for one replica. */
export function memoryEventClaims(recent = new RecentIds()): EventClaims {
  return {
    claim: async (eventId) => recent.remember(eventId),
    close: async () => {},
  };
}

// Slack retries an event at most three times within about five minutes; ten covers late retries.
const CLAIM_SECONDS = 600;
const KEY_PREFIX = "lcrb-bot:event:";

/**
 * Claims event ids in Redis with SET NX EX: exactly one replica's SET succeeds. When Redis cannot
 * be reached the claim falls back to this process's memory and says so in the log: answering a
 * retry twice is better than answering nothing.
 */
export async function redisEventClaims(url: string, logger: Logger): Promise<EventClaims> {
  let connected = false;
  const client = createClient({
    url,
    // A claim must not wait for a reconnect: the event is acknowledged already and someone is waiting.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      // At start, a Redis that cannot be reached is a configuration error: fail in one line. Once
      // running, keep reconnecting; claims fall back to memory meanwhile.
      reconnectStrategy: (retries: number, cause: Error) =>
        connected ? Math.min(100 * 2 ** retries, 5000) : retries < 3 ? 200 : cause,
    },
  });
  let lastError = "";
  client.on("error", (error: Error) => {
    if (error.message !== lastError) logger.warn(`Redis (event dedupe): ${error.message}`);
    lastError = error.message;
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `cannot reach Redis at REDIS_URL for event dedupe: ${(error as Error).message}`,
    );
  }
  connected = true;
  const fallback = memoryEventClaims();
  return {
    async claim(eventId) {
      try {
        const reply = await client.set(`${KEY_PREFIX}${eventId}`, "1", {
          condition: "NX",
          expiration: { type: "EX", value: CLAIM_SECONDS },
        });
        return reply === "OK";
      } catch (error) {
        logger.warn(
          `could not claim event ${eventId} in Redis (${(error as Error).message}); deduping in this process only`,
        );
        return fallback.claim(eventId);
      }
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
