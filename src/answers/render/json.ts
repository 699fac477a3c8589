import type { Answer } from "../answer.js";
import { answerToMrkdwn } from "./mrkdwn.js";

/**
 * An Answer as the JSON document of `lcrb ask --json` (CONTRACT.md: intent, meeting, candidates,
 * results, upcoming, text) plus the rest of the Answer. Every face that hands an answer to a
 * program (the CLI, the MCP server) uses this one shape.
 */
export function answerToJson(answer: Answer): Record<string, unknown> {
  return {
    intent: answer.intent,
    meeting: answer.meeting,
    candidates: answer.candidates,
    results: answer.results,
    upcoming: answer.upcoming,
    text: answerToMrkdwn(answer),
    question: answer.question,
    title: answer.title,
    summary: answer.summary,
    sections: answer.sections,
    followUps: answer.followUps,
    more: answer.more,
  };
}
