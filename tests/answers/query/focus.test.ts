import { describe, expect, it } from "vitest";
import type { ConversationMemory } from "../../../src/answers/conversation-store.js";
import { meetingInFocus } from "../../../src/answers/query/focus.js";
import { emptySelector, type Query } from "../../../src/answers/query/query.js";

const query = (meetings: Query["meetings"]): Query => ({
  target: "search",
  aggregation: "one",
  meetings,
  since: null,
  until: null,
  topic: ["public", "service", "reform", "paper"],
  person: null,
  organisation: [],
  item: null,
  followUp: false,
});
const memory = (over: Partial<ConversationMemory>): ConversationMemory => ({
  query: query([{ ...emptySelector(), date: { kind: "year", year: 2015 } }]),
  meeting: "lcrb-2015-03-10",
  meetings: ["lcrb-2015-03-10", "lcrb-2015-03-10"],
  item: null,
  ...over,
});

describe("meetingInFocus", () => {
  it("is the one meeting a question named and its answer was about", () => {
    expect(meetingInFocus(memory({}))).toBe("lcrb-2015-03-10");
  });

  it("is none after a question naming no meeting, or an answer across meetings", () => {
    expect(meetingInFocus(memory({ query: query([]) }))).toBeNull();
    expect(meetingInFocus(memory({ meetings: ["lcrb-2015-03-10", "lcrb-2021-02-02"] }))).toBeNull();
    expect(meetingInFocus(memory({ meeting: null }))).toBeNull();
    expect(meetingInFocus(null)).toBeNull();
  });
});
