import { createInterface } from "node:readline";
import type { Answer } from "../answers/answer.js";
import type { AnswerContext, ContextSource } from "../answers/context.js";
import { plural } from "../answers/format.js";
import {
  type AskOptions,
  answerQuestion,
  type ConversationStore,
  InMemoryConversationStore,
} from "../answers/index.js";
import { answerToTerminal } from "./terminal.js";

export interface ConsoleOptions {
  /** A person at a terminal: show a prompt, keep history, use colour. Piped input: just answer. */
  interactive?: boolean;
  /** ANSI colour; defaults to `interactive`. */
  color?: boolean;
  /** Where the session's conversation is kept (default: in memory, for this session only). */
  conversations?: ConversationStore;
}

// A console session is one conversation: follow-ups lean on the answer before.
const CONVERSATION = "console";

const QUIT = new Set(["quit", "exit", "q", ":q", "bye"]);
const MORE = new Set(["more", "more results", "next page", "m"]);
const PROMPT = "lcrb> ";
const HISTORY_SIZE = 200;

/**
 * The local console: answers each line of `input` on `output`. Interactive, it prompts, keeps
 * line history and quits on "quit" or Ctrl-D; piped, it answers line by line and resolves at the
 * end of input. "more" shows the next page of the last search. Each line is answered from the
 * minutes current when it is read, so a live corpus's new minutes are answered without a restart.
 */
export async function runConsole(
  contexts: ContextSource,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: ConsoleOptions = {},
): Promise<void> {
  const interactive = options.interactive ?? false;
  const color = options.color ?? interactive;
  const lines = createInterface({
    input,
    ...(interactive
      ? { output, terminal: true, historySize: HISTORY_SIZE, prompt: PROMPT }
      : { terminal: false }),
  });
  const write = (text: string) => output.write(text);
  const conversation = {
    id: CONVERSATION,
    store: options.conversations ?? new InMemoryConversationStore(),
  };
  if (interactive) {
    write(
      `LCRB minutes: ${plural(contexts.current().meetings.length, "meeting")} loaded. Ask a question, or type “help”; “quit” or Ctrl-D leaves.\n`,
    );
    lines.on("SIGINT", () => lines.close());
    lines.prompt();
  }
  let last: Answer | null = null;
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line) {
      if (!interactive) write(`> ${line}\n`);
      const answer = answerLine(line, last, contexts.current(), conversation);
      if (answer) {
        write(answerToTerminal(answer, { color }));
        if (answer.more && interactive) write("Type “more” for the next results.\n");
        last = answer;
      } else {
        write("There are no more results to show.\n");
      }
      write("\n");
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}

// "more" pages through the previous search; anything else is a question for the router.
function answerLine(
  line: string,
  last: Answer | null,
  context: AnswerContext,
  conversation: NonNullable<AskOptions["conversation"]>,
): Answer | null {
  if (!MORE.has(line.toLowerCase())) {
    return answerQuestion(line, context, { conversation });
  }
  const more = last?.more;
  return more ? answerQuestion(more.query, context, { offset: more.offset }) : null;
}
