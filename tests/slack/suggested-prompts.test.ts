import { describe, expect, it } from "vitest";
import { suggestedPrompts } from "../../src/slack/suggested-prompts.js";
import { seedContext } from "../e2e/harness.js";

describe("suggestedPrompts", () => {
  it("suggests the latest meeting, the next meeting and a topic the board keeps coming back to", async () => {
    const { meetings } = await seedContext();
    // The April 2023 minutes' items are Casey Review and Disproportionality; February 2021 had
    // "Tackling ethnic disproportionality in the Youth Action Plan", so that one is live.
    expect(suggestedPrompts(meetings)).toEqual([
      {
        title: "The latest LCRB meeting",
        message: "what happened at the LCRB meeting in April 2023?",
      },
      { title: "The next meeting", message: "when is the next meeting?" },
      { title: "Disproportionality", message: "what was said about disproportionality?" },
    ]);
  });

  it("takes the latest minutes' first item when none recurs, and skips procedural items", async () => {
    const { meetings } = await seedContext();
    const first = meetings.find((m) => m.id === "lcrb-2015-03-10");
    expect(first).toBeDefined();
    if (!first) return;
    // One meeting alone: nothing recurs; "Welcome and Introductions" and the minutes item are skipped.
    expect(suggestedPrompts([first]).at(-1)).toEqual({
      title: "Counter Terrorism",
      message: "what was said about counter terrorism?",
    });
  });

  it("still suggests the next meeting with no minutes loaded", () => {
    expect(suggestedPrompts([])).toEqual([
      { title: "The next meeting", message: "when is the next meeting?" },
    ]);
  });
});
