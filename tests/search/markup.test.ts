import { describe, expect, it } from "vitest";
import { stripChatMarkup } from "../../src/search/markup.js";

describe("stripChatMarkup", () => {
  it.each([
    ["<@U0123ABC> who attended in April 2023?", "who attended in April 2023?"],
    ["<!channel> next meeting", "next meeting"],
    ["<!here|here> <!everyone> <!subteam^S012|@policy> fraud", "fraud"],
    ["posted in <#C024BE7LR|general> about VAWG", "posted in #general about VAWG"],
    ["see <https://www.london.gov.uk/minutes|the minutes> on RASSO", "see the minutes on RASSO"],
    ["<https://example.org/a?b=1&amp;c=2>", "https://example.org/a?b=1&c=2"],
    ["victims &amp; witnesses &lt;3", "victims & witnesses <3"],
    ["   ", ""],
  ])("%j → %j", (input, expected) => {
    expect(stripChatMarkup(input)).toBe(expected);
  });

  it.each([
    ["<#C024BE7LR|general>", ""],
    ["posted in <#C024BE7LR|general> about VAWG", "posted in about VAWG"],
    ["posted in #general about VAWG", "posted in about VAWG"],
    ["<#C024BE7LR> <@U0123ABC> <!here> fraud", "fraud"],
    ["#lcrb-board knife crime in C# item #2", "knife crime in C# item #2"],
  ])("for search, drops channel references and #channel names: %j → %j", (input, expected) => {
    expect(stripChatMarkup(input, { forSearch: true })).toBe(expected);
  });
});
