import { describe, expect, it } from "vitest";
import { readFollowCommand } from "../../src/follows/command.js";

describe("readFollowCommand", () => {
  it.each([
    ["follow knife crime", { kind: "follow", topic: "knife crime" }],
    ['follow "Casey Review"', { kind: "follow", topic: "casey review" }],
    [
      "Follow  Violence Against Women and Girls ",
      { kind: "follow", topic: "violence against women and girls" },
    ],
    ["follow", { kind: "follow", topic: null }],
    ["follow new minutes", { kind: "follow", topic: null }],
    ["follow all meetings", { kind: "follow", topic: null }],
    ["unfollow knife crime", { kind: "unfollow", topic: "knife crime" }],
    ["unfollow new minutes", { kind: "unfollow", topic: null }],
    ["following", { kind: "following" }],
  ])("reads %j", (text, command) => {
    expect(readFollowCommand(text)).toEqual(command);
  });

  it.each([
    ["who follows up on fraud?"],
    ["followers of the board"],
    ["following the Casey Review, what changed?"],
    ["what did the board say about follow-up actions"],
    ["follow-up actions from March 2015"],
  ])("leaves the question %j to the router", (text) => {
    expect(readFollowCommand(text)).toBeNull();
  });
});
