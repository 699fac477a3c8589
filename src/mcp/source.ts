import type { ContextSource } from "../answers/context.js";

/**
 * What the MCP server answers from: the current snapshot of the minutes (read afresh for every
 * request, so a live corpus answers from minutes added while it runs) and where their files are.
 */
export interface MinutesSource extends ContextSource {
  /** Where the minutes files are, to serve their text as resources. */
  corpusDir: string;
}
