import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../../src/slack/logger.js";

describe("redactSecrets", () => {
  it.each([
    ["token xoxb-123-456-abcDEF rejected", "token xoxb-[redacted] rejected"],
    ["connecting with xapp-1-A0-99-ffee", "connecting with xapp-[redacted]"],
    ["no secrets here", "no secrets here"],
  ])("%s", (line, expected) => {
    expect(redactSecrets(line)).toBe(expected);
  });

  it("hides the signing secret wherever it appears", () => {
    expect(redactSecrets("secret=8f14e45fceea167a5a36", ["8f14e45fceea167a5a36"])).toBe(
      "secret=[redacted]",
    );
  });
});

describe("createLogger", () => {
  it("writes one line per message at or above its level", () => {
    const lines: string[] = [];
    const logger = createLogger("warn", { sink: { write: (line: string) => lines.push(line) } });
    logger.info("not shown");
    logger.warn("first\nsecond", { token: "xoxb-1-2-3" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ WARN lcrb-bot first\\nsecond \{ token: 'xoxb-\[redacted\]' \}\n$/);
  });
});
