import type { Query } from "./query/query.js";

/**
 * What a conversation remembers of its last answer, so a follow-up ("and who sent apologies?",
 * "the one before?", "more on item 3") can inherit its meeting, topic or list.
 */
export interface ConversationMemory {
  /** The structured reading of the last question, as the planner completed it. */
  query: Query;
  /** The one meeting the last answer was about, or null. */
  meeting: string | null;
  /** That meeting's date (YYYY-MM-DD): "has it taken place yet?" asks after it. */
  meetingDate?: string | null;
  /** The one person the last answer named as its answer (Answer.person), or null. */
  person?: string | null;
  /**
   * The one listed person the last answer's first excerpt named when it named no one as its
   * answer ("DMPC Sophie Linden reported …"): "was she at the June 2020 DMG?" asks after them.
   */
  spokenOf?: string | null;
  /** The people the last answer listed as its answer (Answer.people): "either of them". */
  people?: string[];
  /** The meetings the last answer showed, in order (a list, a timeline, a comparison). */
  meetings: string[];
  /** The agenda item the last answer was mostly about ("tell me more" shows all of it). */
  item: { meeting: string; line: number } | null;
}

/**
 * Where conversations are kept, keyed by a conversation id that the face chooses (a Slack
 * thread, a DM channel, a console session). The answers layer only reads and writes through
 * this, so a shared store (issue 15) can replace the in-memory one.
 */
export interface ConversationStore {
  recall(conversation: string): ConversationMemory | null;
  remember(conversation: string, memory: ConversationMemory): void;
}

export interface InMemoryOptions {
  /** The most conversations kept; the least recently used is forgotten first. */
  maxConversations?: number;
  /** A conversation untouched for longer is forgotten, in milliseconds. */
  maxAgeMs?: number;
  /** The clock, injected for tests. */
  now?: () => number;
}

const DEFAULT_MAX_CONVERSATIONS = 1_000;
const DEFAULT_MAX_AGE_MS = 60 * 60 * 1000;

/** Conversations in this process's memory, bounded in number and age. */
export class InMemoryConversationStore implements ConversationStore {
  // A Map keeps insertion order: re-inserting on each use makes the first entry the oldest.
  readonly #entries = new Map<string, { memory: ConversationMemory; at: number }>();
  readonly #max: number;
  readonly #maxAge: number;
  readonly #now: () => number;

  constructor(options: InMemoryOptions = {}) {
    this.#max = Math.max(1, options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS);
    this.#maxAge = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.#now = options.now ?? Date.now;
  }

  recall(conversation: string): ConversationMemory | null {
    const entry = this.#entries.get(conversation);
    if (!entry) return null;
    if (this.#now() - entry.at > this.#maxAge) {
      this.#entries.delete(conversation);
      return null;
    }
    return entry.memory;
  }

  remember(conversation: string, memory: ConversationMemory): void {
    this.#entries.delete(conversation);
    this.#entries.set(conversation, { memory, at: this.#now() });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** How many conversations are held (for tests and health output). */
  get size(): number {
    return this.#entries.size;
  }
}
