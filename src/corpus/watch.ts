import { type FSWatcher, watch } from "node:fs";

/** How long the directory must be quiet before a change is acted on: an editor's save is several events. */
export const WATCH_DEBOUNCE_MS = 300;

export interface DirectoryWatch {
  close(): void;
}

export interface WatchOptions {
  debounceMs?: number;
  /** The watch itself failed (the directory went away, too many watches); watching stops. */
  onError(error: Error): void;
}

/**
 * Calls `onQuiet` once the directory tree under `dir` has seen changes and then been quiet for
 * the debounce time. Which files changed is not reported: event file names are unreliable across
 * platforms (renames, editors' temporary files), so the caller re-reads the directory instead.
 */
export function watchDirectory(
  dir: string,
  onQuiet: () => void,
  options: WatchOptions,
): DirectoryWatch {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  const close = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    watcher?.close();
    watcher = null;
  };
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onQuiet();
      }, debounceMs);
    });
    watcher.on("error", (error) => {
      close();
      options.onError(error);
    });
  } catch (error) {
    options.onError(error as Error);
  }
  return { close };
}
