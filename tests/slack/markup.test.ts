import { describe, expect, it } from "vitest";
import { readFollowCommand } from "../../src/follows/command.js";
import { buildSearch } from "../../src/search/index.js";
import { questionFromSlack, stripChatMarkup } from "../../src/slack/markup.js";
import { MEETINGS } from "../search/fixtures.js";

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
  ])("for a question, drops channel references and #channel names: %j → %j", (input, expected) => {
    expect(stripChatMarkup(input, { dropChannels: true })).toBe(expected);
  });
});

describe("questionFromSlack", () => {
  it.each([
    ["<@U0LCRB> who was at the april 2023 meeting", "who was at the april 2023 meeting"],
    ["/lcrb attendees 2023-04-12", "attendees 2023-04-12"],
    ["/LCRB: next", "next"],
    ["fraud <#C024BE7LR|general>", "fraud"],
    ["victims &amp; witnesses", "victims & witnesses"],
    // Only the command word goes: "LCRB" naming the Board is part of the question.
    ["LCRB meetings", "LCRB meetings"],
  ])("reads %j as %j", (typed, question) => {
    expect(questionFromSlack(typed)).toBe(question);
  });
});

describe("questions typed in Slack reach search without their markup", () => {
  const search = buildSearch(MEETINGS);
  const topItem = (typed: string) => {
    const [first] = search.search(questionFromSlack(typed), { limit: 3 }).results;
    return first ? `${first.meetingId} ${first.item.title}` : null;
  };

  it.each([
    ["<@U0123ABC> anything on *RASSO*?", "lcrb-2022-04-27 Operational update"],
    // The channel a question was asked in is not part of it.
    ["<#C024BE7LR|general> fraud", "lcrb-2022-04-27 Tackling fraud"],
  ])("answers %j with %s", (typed, expected) => {
    expect(topItem(typed)).toBe(expected);
  });

  it.each([
    ["<#C024BE7LR|general>", /Nothing to search for/],
    ["anything in #general?", /common words/],
  ])("does not search channel names: %j", (typed, why) => {
    const response = search.search(questionFromSlack(typed));
    expect(response.results).toEqual([]);
    expect(response.note).toMatch(why);
  });

  it("keeps a broadcast out of a follow's topic", () => {
    expect(readFollowCommand(questionFromSlack("follow <!channel> fraud"))).toEqual({
      kind: "follow",
      topic: "fraud",
    });
  });
});
