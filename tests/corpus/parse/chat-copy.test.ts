import { describe, expect, it } from "vitest";
import { withoutChatFurniture } from "../../../src/corpus/parse/chat-copy.js";

// Lines of unseen-minutes-9/77, a Slack thread copied out as text.
const SLACK = [
  "#dmg-core",
  "",
  "Kwabena Lindholm-Asare  4:07 PM",
  "*DMG notes – Tue 4 Nov 2025, 3pm, Room 3.06, 169 Union Street* :thread:",
  "Apols: Jonah Featherby-Akins (YJB)",
  ":eyes: 3   :white_check_mark: 2",
  "",
  "11 replies",
  "",
  "Kwabena Lindholm-Asare  4:11 PM",
  ":white_check_mark: *ACTION* MPS to send the fireworks incident figures by borough to London Councils by 14 Nov",
  "",
  "Slackbot  4:22 PM",
  "Reminder: DMG – Tuesday 2 December 2025 at 3pm, Room 3.06, 169 Union Street.",
].join("\n");

describe("withoutChatFurniture: a chat copied out as text (unseen-minutes-9/77)", () => {
  it("leaves authors, clocks, the channel, reply counts and reactions blank and takes out emoji", () => {
    expect(withoutChatFurniture(SLACK).split("\n")).toEqual([
      "",
      "",
      "",
      "*DMG notes – Tue 4 Nov 2025, 3pm, Room 3.06, 169 Union Street*",
      "Apols: Jonah Featherby-Akins (YJB)",
      "",
      "",
      "",
      "",
      "",
      "*ACTION* MPS to send the fireworks incident figures by borough to London Councils by 14 Nov",
      "",
      "",
      "Reminder: DMG – Tuesday 2 December 2025 at 3pm, Room 3.06, 169 Union Street.",
    ]);
  });

  it("reads a Teams chat's '[13:58] Name' lines and its emoji (layout-variants-9b/94)", () => {
    const teams =
      "[13:58] Yusuf Adeyemi-Kraus\nDMG notes - Thu 9 Oct 2025, 2pm, Teams\n👍 2\n\n[14:12] Yusuf Adeyemi-Kraus\n✅ ACTION: MPS to share the school search figures by borough with London Councils";
    expect(withoutChatFurniture(teams).split("\n")).toEqual([
      "",
      "DMG notes - Thu 9 Oct 2025, 2pm, Teams",
      "",
      "",
      "",
      "ACTION: MPS to share the school search figures by borough with London Councils",
    ]);
  });

  it("leaves a text alone with one clock line or none", () => {
    const minutes =
      "Meeting opened  10:30\nThe Chair welcomed members :)\nNote: see item 3: figures";
    expect(withoutChatFurniture(minutes)).toBe(minutes);
  });
});

describe("a contents list with times after its entries is no chat (review 4 C13)", () => {
  it("leaves an agenda's 'Knife Crime      14:10' lines, one under another, as they are", () => {
    const agenda = [
      "Agenda",
      "Welcome            14:00",
      "Knife Crime        14:10",
      "Tackling Fraud     14:40",
      "",
      "Welcome",
      "The Chair welcomed members.",
    ].join("\n");
    expect(withoutChatFurniture(agenda)).toBe(agenda);
  });

  it("leaves them as they are with blank lines between, and in Teams' order", () => {
    const spaced =
      "Agenda\n\nWelcome            14:00\n\nKnife Crime        14:10\n\nAOB   15:00\n";
    expect(withoutChatFurniture(spaced)).toBe(spaced);
    const teamsOrder = "Agenda\n[14:00] Welcome\n[14:10] Knife Crime\n[14:40] Tackling Fraud\n";
    expect(withoutChatFurniture(teamsOrder)).toBe(teamsOrder);
  });
});
