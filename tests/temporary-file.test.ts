import { describe, expect, it } from "vitest";
import { temporaryPathFor } from "../src/temporary-file.js";

describe("temporaryPathFor", () => {
  it("gives each write its own file beside the target, even in the same process and millisecond", () => {
    const paths = Array.from({ length: 50 }, () => temporaryPathFor("/cache/search-abc.bin"));
    expect(new Set(paths).size).toBe(50);
    for (const path of paths) {
      expect(path.startsWith(`/cache/search-abc.bin.${process.pid}.`)).toBe(true);
      expect(path.endsWith(".tmp")).toBe(true);
    }
  });
});
