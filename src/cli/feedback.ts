import { readDataDir } from "../config.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Feedback } from "../store/store.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";

export const FEEDBACK_USAGE = "lcrb feedback [--json]";

/**
 * `lcrb feedback`: the 👍/👎 recorded from Slack (LCRB_DATA_DIR's store), worst first, each with
 * the question, the kind of answer and the citations it showed.
 */
export const feedbackCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS);
  if (values.help) {
    io.out(`usage: ${FEEDBACK_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`feedback takes no words (got "${positionals.join(" ")}")`);
  const store = openSqliteStore(readDataDir());
  try {
    const feedback = store.feedback();
    io.out(values.json ? `${JSON.stringify({ feedback }, null, 2)}\n` : formatFeedback(feedback));
  } finally {
    store.close();
  }
  return 0;
};

function formatFeedback(feedback: Feedback[]): string {
  if (feedback.length === 0) return "No feedback recorded yet.\n";
  const down = feedback.filter((f) => f.rating === "down").length;
  const lines = feedback.map((f) => {
    const sources = f.citations.map((c) => `${c.file}:${c.line}`).join(", ");
    return [
      `${f.rating === "up" ? "👍" : "👎"} ${f.createdAt.slice(0, 16).replace("T", " ")}  ${f.answerKind}  “${f.question}”`,
      sources ? `    ${sources}` : "    (no citations)",
    ].join("\n");
  });
  return `${feedback.length} recorded, ${down} 👎 (listed first):\n${lines.join("\n")}\n`;
}
