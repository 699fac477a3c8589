import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the app made: a Web API method, or a post to a response_url. */
export interface RecordedCall {
  /** "chat.postMessage", "reactions.add", … or "response_url". */
  method: string;
  /** For response_url posts: the id in the URL. */
  responseId: string | null;
  /** The arguments, with JSON-encoded form fields (blocks, view) decoded. */
  body: Record<string, unknown>;
  /** Whether the request carried a bearer token (never its value). */
  authorized: boolean;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface FakeSlackOptions {
  /** What apps.connections.open returns (Socket Mode tests). */
  socketUrl?: string;
  /** Methods that answer { ok: false, error }. */
  failures?: Record<string, string>;
  /** conversations.members: the members of each channel the bot is in; any other is channel_not_found. */
  channelMembers?: Record<string, string[]>;
  /**
   * Answers chosen per call (a 429, an `invalid_blocks`, …); `earlier` are the calls recorded
   * before this one. Returning undefined gives the usual answer.
   */
  script?: (call: RecordedCall, earlier: readonly RecordedCall[]) => ScriptedReply | undefined;
}

/**
 * A reply the fake sends instead of its usual one: HTTP status (default 200), headers, and a JSON
 * body, or a text one (a response_url answers a refused post with "invalid_blocks" as text).
 */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown> | string;
}

export const FAKE_BOT = { userId: "U0LCRBBOT", botId: "B0LCRBBOT", teamId: "T0LCRB" } as const;

/**
 * A stand-in for Slack's Web API on 127.0.0.1: answers every method ok, records every call,
 * and accepts response_url posts at /response/<id>. Point the app at it with SLACK_API_URL.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly server: Server;
  private readonly waiters = new Set<() => void>();
  private port = 0;
  private nextTs = 1;

  constructor(private readonly options: FakeSlackOptions = {}) {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${encodeURIComponent(id)}`;
  }

  set socketUrl(url: string) {
    this.options.socketUrl = url;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first recorded call that matches, waiting for it up to `timeoutMs`. */
  async waitFor(match: (call: RecordedCall) => boolean, timeoutMs = 10_000): Promise<RecordedCall> {
    const found = () => this.calls.find(match);
    const now = found();
    if (now) return now;
    return new Promise((resolve, reject) => {
      const check = () => {
        const call = found();
        if (!call) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching call to the fake Slack within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const response = url.pathname.match(/^\/response\/(.+)$/);
    const method = response ? "response_url" : url.pathname.replace(/^\/api\//, "");
    const body = parseBody(raw, req.headers["content-type"]);
    const call: RecordedCall = {
      method,
      responseId: response?.[1] ? decodeURIComponent(response[1]) : null,
      body,
      authorized: (req.headers.authorization ?? "").startsWith("Bearer "),
      at: performance.now(),
    };
    const scripted = this.options.script?.(call, [...this.calls]);
    this.calls.push(call);
    for (const waiter of [...this.waiters]) waiter();
    const reply = scripted?.body ?? this.reply(method, body);
    res.writeHead(scripted?.status ?? 200, {
      "content-type": typeof reply === "string" ? "text/plain" : "application/json",
      ...scripted?.headers,
    });
    res.end(typeof reply === "string" ? reply : JSON.stringify(reply));
  }

  private reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const error = this.options.failures?.[method];
    if (error) return { ok: false, error };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://lcrb.example/",
          team: "LCRB",
          user: "lcrb",
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        };
      case "apps.connections.open":
        return { ok: true, url: this.options.socketUrl };
      case "conversations.members": {
        const members = this.options.channelMembers?.[String(body.channel)];
        return members
          ? { ok: true, members, response_metadata: { next_cursor: "" } }
          : { ok: false, error: "channel_not_found" };
      }
      case "chat.postMessage":
        return {
          ok: true,
          channel: "C0LCRB",
          ts: `1700000000.${String(this.nextTs++).padStart(6, "0")}`,
        };
      default:
        return { ok: true };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}
