import { LiveCorpus } from "../corpus/live.js";
import type { Meeting } from "../corpus/model.js";
import { EnglishWords } from "../search/english.js";
import {
  type AnswerContext,
  type AnswerContextOptions,
  type ContextSource,
  contextFor,
} from "./context.js";

/**
 * What a reload of the minutes changed, told once the new context is in place (so the new
 * meetings can already be searched and answered from `context`).
 */
export interface ContextUpdate {
  context: AnswerContext;
  /** Meetings from new minutes files (or files that now read as minutes). */
  added: Meeting[];
  /** Meetings whose minutes file was edited. */
  changed: Meeting[];
  /** Meetings whose minutes file was removed, as they were. */
  removed: Meeting[];
}

/** May be async; the next reload waits for it, so hand slow work (posting to Slack) to a queue. */
export type ContextListener = (update: ContextUpdate) => void | Promise<void>;

/**
 * The answer context of a corpus directory that may change while the app runs. Each question is
 * answered from `current()` as it was when the question arrived: a reload builds a whole new
 * context and then swaps it in, so answers under way finish on the old one.
 */
export interface LiveContext extends ContextSource {
  /** Called after each reload that changed the minutes; returns the unsubscribe function. */
  subscribe(listener: ContextListener): () => void;
  /** Re-reads the corpus now (the watch does this by itself); resolves once the new context is current. */
  reload(): Promise<ContextUpdate | null>;
  /** Stops watching and waits for a reload under way and for what the directory saves. */
  close(): Promise<void>;
}

export interface LiveContextOptions extends AnswerContextOptions {
  /** Watch the corpus directory and reload on changes (LCRB_WATCH). */
  watch: boolean;
  /** Where reloads, file problems and failures are reported (one line each). */
  log(line: string): void;
  debounceMs?: number;
}

/** Loads the corpus and its index, and (with `watch`) keeps both current as minutes files change. */
export async function openLiveContext(options: LiveContextOptions): Promise<LiveContext> {
  const { corpusDir, watch, log, debounceMs, ...contextOptions } = options;
  const corpus = await LiveCorpus.open(corpusDir, {
    cacheDir: contextOptions.cacheDir,
    log,
    ...(debounceMs !== undefined ? { debounceMs } : {}),
  });
  let current = await contextFor(corpus.current, contextOptions);
  prepareBetweenQuestions(current);
  const listeners = new Set<ContextListener>();
  const updates = new WeakMap<object, ContextUpdate>();

  corpus.subscribe(async (corpusUpdate) => {
    const { corpus: loaded, added, changed, removed } = corpusUpdate;
    const context = await contextFor(loaded, contextOptions);
    current = context;
    prepareBetweenQuestions(context);
    log(
      `minutes reloaded: ${added.length} added, ${changed.length} changed, ${removed.length} removed; ${context.meetings.length} meetings (corpus ${context.corpusVersion.slice(0, 12)})`,
    );
    const update = { context, added, changed, removed };
    updates.set(corpusUpdate, update);
    for (const listener of listeners) {
      try {
        await listener(update);
      } catch (error) {
        log(`a minutes listener failed: ${(error as Error).message}`);
      }
    }
  });
  if (watch) corpus.watch();

  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async reload() {
      const update = await corpus.reload();
      return (update && updates.get(update)) ?? null;
    },
    // What a directory saves between starts is written before the caller may remove its cache.
    close: async () => {
      await corpus.close();
      await current.directory.saved();
    },
  };
}

/**
 * A long-running face answers many questions: what the directory gathers for questions over many
 * meetings, and the English dictionary search reads unknown words by, are gathered between them,
 * one step per turn of the event loop, rather than by the first question that needs each (at
 * 10,000 meetings that question took half a second more). A question arriving meanwhile is
 * answered after the step under way; one needing a fact not yet gathered gathers it itself.
 */
function prepareBetweenQuestions(context: AnswerContext): void {
  const steps = [...context.directory.preparations(), () => EnglishWords.shared()];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setImmediate(next);
  };
  setImmediate(next);
}
