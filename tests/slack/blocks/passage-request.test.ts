import { describe, expect, it } from "vitest";
import {
  decodePassageRequest,
  encodePassageRequest,
} from "../../../src/slack/blocks/passage-request.js";

describe("the value of a More button under an excerpt", () => {
  it("carries the cited file and line there and back", () => {
    const request = { file: "004_17215f53eb22288e.txt", line: 59 };
    expect(decodePassageRequest(encodePassageRequest(request))).toEqual(request);
  });

  it.each([
    ["missing", undefined],
    ["not JSON", "004_17215f53eb22288e.txt:59"],
    ["no line", '{"f":"004_17215f53eb22288e.txt"}'],
    ["line zero", '{"f":"004_17215f53eb22288e.txt","l":0}'],
    ["line not whole", '{"f":"004_17215f53eb22288e.txt","l":5.5}'],
    ["empty file", '{"f":"","l":59}'],
  ])("reads a value that is %s as none", (_why, value) => {
    expect(decodePassageRequest(value)).toBeNull();
  });
});
