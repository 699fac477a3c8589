import type { Answer, AnswerBase, AnswerSection } from "../../../src/answers/answer.js";

/** A search answer shaped like the router's, built by hand from real lines of the minutes. */
export function searchAnswer(overrides: Partial<AnswerBase> = {}): Answer {
  return {
    intent: "search",
    kind: "summary",
    query: null,
    meetings: [],
    question: "casey review",
    meeting: null,
    candidates: [],
    results: [],
    upcoming: [],
    title: "What the minutes say about “casey review”",
    summary: "2 agenda items mention it.",
    sections: [
      section(
        "LCRB 2023-04-12 · 2 Casey Review",
        "The Commissioner updated the Board on the Met's response to the *Casey* *Review*.",
        42,
      ),
    ],
    followUps: ["who attended the LCRB meeting in April 2023?"],
    more: { query: "casey review", offset: 5 },
    ...overrides,
  };
}

export function section(heading: string | null, text: string | null, line: number): AnswerSection {
  return {
    heading,
    text,
    bullets: [],
    citation: {
      body: "LCRB",
      date: "2023-04-12",
      item: "2 Casey Review",
      file: "002_0368bc6123038781.txt",
      line,
    },
  };
}
