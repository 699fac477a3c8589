import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * A local stand-in for Slack's Socket Mode endpoint: says hello to each connection, sends
 * envelopes, and collects the app's acknowledgements ({"envelope_id", "payload"?}).
 */
export class FakeSocketModeServer {
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  private readonly server: WebSocketServer;
  private socket: WebSocket | null = null;
  private connected: Promise<void>;
  private envelopes = 0;

  constructor() {
    this.server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    this.connected = new Promise((resolve) => {
      this.server.on("connection", (socket) => {
        this.socket = socket;
        socket.on("message", (data) => {
          this.acks.push(JSON.parse(String(data)) as { envelope_id: string });
        });
        socket.send(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            debug_info: { host: "fake-socket-mode", approximate_connection_time: 3600 },
            connection_info: { app_id: "A0LCRB" },
          }),
        );
        resolve();
      });
    });
  }

  async listening(): Promise<string> {
    if (!this.server.address())
      await new Promise((resolve) => this.server.once("listening", resolve));
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  whenConnected(): Promise<void> {
    return this.connected;
  }

  /** Sends an envelope and resolves with the app's acknowledgement of it. */
  async send(
    type: "events_api" | "slash_commands" | "interactive",
    payload: object,
  ): Promise<{ envelope_id: string; payload?: unknown }> {
    await this.connected;
    const envelopeId = `env-${++this.envelopes}`;
    this.socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        ...(type === "events_api" ? { retry_attempt: 0, retry_reason: "" } : {}),
      }),
    );
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no ack for ${envelopeId}`);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
