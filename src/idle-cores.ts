import { availableParallelism, loadavg } from "node:os";

/**
 * How many cores besides this thread's other processes leave idle, by the load average of the
 * last minute. A worker thread costs CPU of its own (it loads and warms up its code) and only pays
 * for it on a core nothing else is using: on a machine already busy, threads make a burst of work
 * slower, not faster. `make --load-average` holds back its parallel jobs the same way.
 */
export function idleCores(): number {
  const cores = availableParallelism();
  const [load = 0] = loadavg();
  return Math.max(0, Math.min(cores - 1, Math.ceil(cores - 1 - load)));
}
