import { randomUUID } from "node:crypto";

/**
 * A temporary file's path beside `target`, to write in full and then rename over it, so a reader
 * (another replica on the same disk) never sees half a file. Unique to each write, not only to
 * the process: two writes of one cache in the same process (a start and a reload of the corpus)
 * must not share one temporary file, or one renames the other's half-written bytes into place.
 */
export function temporaryPathFor(target: string): string {
  return `${target}.${process.pid}.${randomUUID()}.tmp`;
}
