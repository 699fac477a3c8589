import { createInterface } from "node:readline";
import { createAnswerContext } from "../answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../answers/index.js";
import { readCliSettings } from "../config.js";
import { answerToTerminal } from "../console/terminal.js";
import { isIsoDate } from "../corpus/calendar.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";
import { answerToJson } from "./json/answer.js";

export const CHAT_USAGE = "lcrb chat [--corpus DIR] [--json] [--today YYYY-MM-DD] < questions";

const CHAT_OPTIONS = { ...COMMON_OPTIONS, today: { type: "string" } } as const;

// The whole of stdin is one conversation, as a Slack thread or a console session is.
const CONVERSATION = "chat";

/**
 * `lcrb chat`: one question per line of stdin, all in one conversation (so "and who sent
 * apologies?" follows the line before), one answer per line out: JSON Lines of the `ask` shape
 * with `--json`, readable text otherwise. Blank lines are skipped; end of input ends it.
 */
export const chatCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, CHAT_OPTIONS);
  if (values.help) {
    io.out(`usage: ${CHAT_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError("lcrb chat reads its questions from stdin, one a line");
  if (values.today !== undefined && !isIsoDate(values.today))
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${values.today}")`);
  const { corpusDir, cacheDir } = readCliSettings(values.corpus);
  const context = await createAnswerContext({
    corpusDir,
    cacheDir,
    ...(values.today ? { today: values.today } : {}),
  });
  const store = new InMemoryConversationStore();
  const lines = createInterface({ input: io.input ?? process.stdin, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const answer = answerQuestion(line, context, { conversation: { id: CONVERSATION, store } });
    io.out(
      values.json
        ? `${JSON.stringify(answerToJson(answer))}\n`
        : `> ${line}\n${answerToTerminal(answer, { color: false })}\n`,
    );
  }
  return 0;
};
