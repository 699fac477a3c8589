import { RespondError, type RespondFn } from "@slack/bolt";
import { describe, expect, it, vi } from "vitest";
import type { SlackMessage } from "../../src/slack/blocks/message.js";
import { mrkdwnSection } from "../../src/slack/blocks/message.js";
import { postMessage, respondWith } from "../../src/slack/deliver.js";
import { keptLogger, slackRefusal, stubClient } from "../support/slack-stubs.js";

// The first line of the Casey Review item in 002_0368bc6123038781.txt.
const TEXT = "The Commissioner updated the Board on the Met's response to the Casey Review.";
const table: SlackMessage = {
  blocks: [{ type: "table", rows: [[{ type: "raw_text", text: "Lynne Owens" }]] }],
  plainerBlocks: [mrkdwnSection("• Lynne Owens")],
  text: TEXT,
};

describe("postMessage", () => {
  it("posts blocks and text in the thread, without unfurling links", async () => {
    const { client, asWebClient } = stubClient();
    await postMessage(asWebClient, { channel: "C1", threadTs: "1.2" }, table, keptLogger().logger);
    expect(client.chat.postMessage).toHaveBeenCalledWith({
      channel: "C1",
      thread_ts: "1.2",
      blocks: table.blocks,
      text: TEXT,
      unfurl_links: false,
      unfurl_media: false,
    });
  });

  it("falls back to the plainer blocks, then to text alone, while Slack answers invalid_blocks", async () => {
    const { client, asWebClient } = stubClient();
    const { logger, lines } = keptLogger();
    client.chat.postMessage
      .mockRejectedValueOnce(slackRefusal("invalid_blocks"))
      .mockRejectedValueOnce(slackRefusal("invalid_blocks"));
    await postMessage(asWebClient, { channel: "C1" }, table, logger);
    const sent = client.chat.postMessage.mock.calls.map(([args]) => args.blocks);
    expect(sent).toEqual([table.blocks, table.plainerBlocks, undefined]);
    expect(client.chat.postMessage.mock.calls[2]?.[0]).toMatchObject({ text: TEXT });
    expect(lines.filter((line) => line.includes("invalid_blocks"))).toHaveLength(2);
  });

  it("throws any other refusal for the caller, without trying other forms", async () => {
    const { client, asWebClient } = stubClient();
    client.chat.postMessage.mockRejectedValueOnce(slackRefusal("not_in_channel"));
    await expect(
      postMessage(asWebClient, { channel: "C1" }, table, keptLogger().logger),
    ).rejects.toThrow("not_in_channel");
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
  });

  it("throws when even the text alone is refused", async () => {
    const { client, asWebClient } = stubClient();
    client.chat.postMessage.mockRejectedValue(slackRefusal("invalid_blocks"));
    const plain: SlackMessage = { blocks: [mrkdwnSection(TEXT)], text: TEXT };
    await expect(
      postMessage(asWebClient, { channel: "C1" }, plain, keptLogger().logger),
    ).rejects.toThrow("invalid_blocks");
    expect(client.chat.postMessage).toHaveBeenCalledTimes(2);
  });
});

describe("respondWith", () => {
  const refused = (status: number) => new RespondError(`Failed to respond: ${status}`, status);

  it("sends the plainer blocks, then the text, while the response_url refuses the content (400)", async () => {
    const respond = vi
      .fn<RespondFn>()
      .mockRejectedValueOnce(refused(400))
      .mockRejectedValueOnce(refused(400));
    await respondWith(respond, { response_type: "ephemeral" }, table, keptLogger().logger);
    expect(respond.mock.calls.map(([message]) => message)).toEqual([
      { response_type: "ephemeral", blocks: table.blocks, text: TEXT },
      { response_type: "ephemeral", blocks: table.plainerBlocks, text: TEXT },
      { response_type: "ephemeral", text: TEXT },
    ]);
  });

  it("throws an expired response_url (404) at once", async () => {
    const respond = vi.fn<RespondFn>().mockRejectedValue(refused(404));
    await expect(respondWith(respond, {}, table, keptLogger().logger)).rejects.toThrow("404");
    expect(respond).toHaveBeenCalledTimes(1);
  });
});
