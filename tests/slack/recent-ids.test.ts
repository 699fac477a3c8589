import { describe, expect, it } from "vitest";
import { RecentIds } from "../../src/slack/recent-ids.js";

describe("RecentIds", () => {
  it("knows an event_id it has seen", () => {
    const recent = new RecentIds();
    expect(recent.remember("Ev01")).toBe(true);
    expect(recent.remember("Ev01")).toBe(false);
    expect(recent.remember("Ev02")).toBe(true);
  });

  it("forgets the oldest ids once full, so memory stays bounded", () => {
    const recent = new RecentIds(3);
    for (const id of ["a", "b", "c", "d"]) recent.remember(id);
    expect(recent.size).toBe(3);
    expect(recent.remember("d")).toBe(false);
    expect(recent.remember("a")).toBe(true);
  });
});
