import { describe, expect, it } from "vitest";
import { slackErrorCode } from "../../src/slack/api-error.js";
import { slackRefusal } from "../support/slack-stubs.js";

describe("slackErrorCode", () => {
  it("reads the word Slack refused a call with", () => {
    expect(slackErrorCode(slackRefusal("not_in_channel"))).toBe("not_in_channel");
    expect(slackErrorCode(slackRefusal("invalid_blocks"))).toBe("invalid_blocks");
  });

  it("is null for errors that are not Slack's refusal", () => {
    expect(slackErrorCode(new Error("socket hang up"))).toBeNull();
    expect(slackErrorCode("invalid_blocks")).toBeNull();
    expect(slackErrorCode(null)).toBeNull();
    expect(slackErrorCode({ data: { ok: false } })).toBeNull();
  });
});
