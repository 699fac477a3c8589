import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Answers take turns, one per pass of the event loop, so requests arriving meanwhile are read and
 * acknowledged between two answers instead of waiting behind a whole burst of them. One queue per
 * app, held in its SlackDeps.
 */
export class AnswerTurns {
  private last: Promise<void> = Promise.resolve();

  /** Resolves when it is this caller's turn to answer. */
  take(): Promise<void> {
    this.last = this.last.then(() => nextTurn());
    return this.last;
  }
}
