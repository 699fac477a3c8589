import { describe, expect, it } from "vitest";
import { AnswerTurns } from "../../src/slack/answer-turns.js";

describe("AnswerTurns", () => {
  it("gives turns in the order they were asked for, each on a later pass of the event loop", async () => {
    const turns = new AnswerTurns();
    const order: string[] = [];
    const first = turns.take().then(() => {
      order.push("first");
      // A request arriving while the first answer is worked on.
      setImmediate(() => order.push("request read between turns"));
    });
    const second = turns.take().then(() => order.push("second"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "request read between turns", "second"]);
  });

  it("keeps one queue per instance, so two apps do not wait on each other", async () => {
    const a = new AnswerTurns();
    const b = new AnswerTurns();
    const order: string[] = [];
    await Promise.all([
      a.take().then(() => order.push("a1")),
      a.take().then(() => order.push("a2")),
      b.take().then(() => order.push("b1")),
    ]);
    expect(order.indexOf("b1")).toBeLessThan(order.indexOf("a2"));
  });
});
