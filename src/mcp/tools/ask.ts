import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { answerQuestion } from "../../answers/index.js";
import { answerToJson } from "../../cli/json/answer.js";
import { AnswerOutput, IsoDate, requiredText } from "../schemas.js";
import type { MinutesSource } from "../source.js";
import { READ_ONLY, toolResult } from "./result.js";

const DESCRIPTION = `Ask the LCRB minutes bot a question in plain English, exactly as a person would ask it in Slack, and get the bot's answer with citations. It understands questions about attendance ("who attended the April 2023 meeting?", "who sent apologies?", "has Claire Waxman been coming?"), about a meeting ("what happened at the March 2015 meeting?"), actions ("actions from March 2015"), the list of meetings, the next meeting ("when is the next DMG meeting?") and topics ("what did the board say about fraud?"). It also reads questions across meetings ("which meetings discussed the Police and Crime Plan?", "when was fraud first raised?"), comparisons and narrow questions ("who chaired…", "was Sadiq Khan at…", "how many attended…"). Returns the structured answer (intent and kind, the meeting it is about, candidate meetings when the question is ambiguous, the meeting ids of a list, search results, upcoming meetings) and the answer as plain text with its citations. Each call stands alone: name the meeting or subject again rather than saying "the one before". Prefer search_minutes to find passages on a subject and get_meeting for a meeting's complete record.`;

/** `ask`: the router behind every face, answering with the JSON of `lcrb ask --json`. */
export function registerAsk(server: McpServer, source: MinutesSource): void {
  server.registerTool(
    "ask",
    {
      title: "Ask about the minutes",
      description: DESCRIPTION,
      inputSchema: {
        question: requiredText("question", "give the question to ask about the minutes").describe(
          "The question, in plain words",
        ),
        today: IsoDate.optional().describe(
          "The date to treat as today for 'next meeting' and 'last month' (YYYY-MM-DD); default the real date",
        ),
      },
      outputSchema: AnswerOutput,
      annotations: READ_ONLY,
    },
    ({ question, today }) => {
      const context = source.current();
      const answer = answerQuestion(question, today ? { ...context, today: () => today } : context);
      const json = answerToJson(answer);
      return toolResult(json, String(json.text));
    },
  );
}
