import type { Command } from "./command.js";

export const ASK_USAGE = "lcrb ask [--corpus DIR] [--json] [--today YYYY-MM-DD] <text…>";

// Placeholder until the answers issue lands: owned by whoever builds src/answers.
export const askCommand: Command = async () => {
  throw new Error("ask is not built yet");
};
