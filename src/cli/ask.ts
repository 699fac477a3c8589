import { createAnswerContext } from "../answers/context.js";
import { answerQuestion } from "../answers/index.js";
import { readCliSettings } from "../config.js";
import { answerToTerminal } from "../console/terminal.js";
import { isIsoDate } from "../corpus/calendar.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";
import { answerToJson } from "./json/answer.js";

export const ASK_USAGE = "lcrb ask [--corpus DIR] [--json] [--today YYYY-MM-DD] <text…>";

const ASK_OPTIONS = {
  ...COMMON_OPTIONS,
  today: { type: "string" },
  offset: { type: "string" },
} as const;

/** `lcrb ask`: the same router as every other face; `--today` fixes the date for "next". */
export const askCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, ASK_OPTIONS);
  if (values.help) {
    io.out(`usage: ${ASK_USAGE}\n`);
    return 0;
  }
  if (values.today !== undefined && !isIsoDate(values.today)) {
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${values.today}")`);
  }
  const offset = values.offset === undefined ? 0 : Number(values.offset);
  if (!Number.isInteger(offset) || offset < 0) {
    throw new UsageError(
      `--offset must be a whole number of results to skip (got "${values.offset}")`,
    );
  }
  const { corpusDir, cacheDir } = readCliSettings(values.corpus);
  const context = await createAnswerContext({
    corpusDir,
    cacheDir,
    ...(values.today ? { today: values.today } : {}),
  });
  const answer = answerQuestion(positionals.join(" "), context, { offset });
  io.out(
    values.json
      ? `${JSON.stringify(answerToJson(answer), null, 2)}\n`
      : answerToTerminal(answer, { color: false }),
  );
  return 0;
};
