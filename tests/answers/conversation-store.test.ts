import { describe, expect, it } from "vitest";
import {
  type ConversationMemory,
  InMemoryConversationStore,
} from "../../src/answers/conversation-store.js";
import { emptySelector, type Query } from "../../src/answers/query/query.js";

const query: Query = {
  target: "attendees",
  aggregation: "one",
  meetings: [emptySelector()],
  since: null,
  until: null,
  topic: [],
  person: null,
  organisation: [],
  item: null,
  followUp: false,
};
const about = (meeting: string): ConversationMemory => ({
  query,
  meeting,
  meetings: [],
  item: null,
});

describe("InMemoryConversationStore", () => {
  it("recalls what each conversation remembered, and nothing for another", () => {
    const store = new InMemoryConversationStore();
    store.remember("C1:100.1", about("lcrb-2022-04-27"));
    store.remember("D42", about("dmg-2020-06-08"));
    expect(store.recall("C1:100.1")?.meeting).toBe("lcrb-2022-04-27");
    expect(store.recall("D42")?.meeting).toBe("dmg-2020-06-08");
    expect(store.recall("C1:200.2")).toBeNull();
  });

  it("keeps only the latest answer of a conversation", () => {
    const store = new InMemoryConversationStore();
    store.remember("D42", about("dmg-2020-06-08"));
    store.remember("D42", about("lcrb-2015-03-10"));
    expect(store.recall("D42")?.meeting).toBe("lcrb-2015-03-10");
    expect(store.size).toBe(1);
  });

  it("forgets the least recently used conversation beyond its size", () => {
    const store = new InMemoryConversationStore({ maxConversations: 2 });
    store.remember("a", about("lcrb-2015-03-10"));
    store.remember("b", about("dmg-2020-06-08"));
    store.recall("a");
    store.remember("a", about("lcrb-2021-02-02"));
    store.remember("c", about("lcrb-2023-04-12"));
    expect(store.recall("b")).toBeNull();
    expect(store.recall("a")?.meeting).toBe("lcrb-2021-02-02");
    expect(store.size).toBe(2);
  });

  it("forgets a conversation left longer than its age", () => {
    let now = 0;
    const store = new InMemoryConversationStore({ maxAgeMs: 1_000, now: () => now });
    store.remember("D42", about("dmg-2020-06-08"));
    now = 1_000;
    expect(store.recall("D42")?.meeting).toBe("dmg-2020-06-08");
    now = 2_001;
    expect(store.recall("D42")).toBeNull();
    expect(store.size).toBe(0);
  });
});
