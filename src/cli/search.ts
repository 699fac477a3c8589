import type { Command } from "./command.js";

export const SEARCH_USAGE =
  "lcrb search [--corpus DIR] [--json] [--limit N] [--body LCRB|DMG] [--from YYYY-MM-DD] [--to YYYY-MM-DD] <query…>";

// Placeholder until the search issue lands: owned by whoever builds src/search.
export const searchCommand: Command = async () => {
  throw new Error("search is not built yet");
};
