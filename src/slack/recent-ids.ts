/**
 * A bounded memory of ids seen lately (event_ids, message timestamps). Slack retries an event
 * at most three times within about five minutes, so a few thousand ids cover any retry burst;
 * the oldest are forgotten first.
 */
export class RecentIds {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /** Records the id; true the first time it is seen, false for a repeat. */
  remember(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
