import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/** Requests still being answered, so shutdown can wait for replies already promised. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  get count(): number {
    return this.pending.size;
  }

  /** Wraps the rest of the middleware chain (the listeners) and remembers it until it settles. */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ next }) => {
      const work = next();
      this.pending.add(work);
      try {
        await work;
      } finally {
        this.pending.delete(work);
      }
    };
  }

  /** Resolves once every request now in flight has settled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
