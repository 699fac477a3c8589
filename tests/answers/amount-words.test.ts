import { describe, expect, it } from "vitest";
import { writtenAmount } from "../../src/answers/amount-words.js";

describe("writtenAmount", () => {
  it.each([
    ["60m", ["60", "million"]],
    ["2bn", ["2", "billion"]],
    ["1.5m", ["1.5", "million"]],
    ["5k", ["5", "thousand"]],
  ])("writes %s out as the minutes do (“£60 million”)", (word, written) => {
    expect(writtenAmount(word)).toEqual(written);
  });

  it("leaves other words", () => {
    expect(writtenAmount("60")).toBeNull();
    expect(writtenAmount("m25")).toBeNull();
    expect(writtenAmount("vawg")).toBeNull();
  });
});
