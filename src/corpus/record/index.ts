import type { Action, AgendaItem, Body, Commitment, Decision, Passage } from "../model.js";
import { commitmentsIn } from "./commitments.js";
import { decisionsIn } from "./decisions.js";
import { splitSentences } from "./sentences.js";
import { triggersOfSentences } from "./triggers.js";

/** What a meeting's prose records beyond its numbered actions. */
export interface MeetingRecord {
  decisions: Decision[];
  commitments: Commitment[];
}

/**
 * Reads the decisions and commitments of a meeting's agenda items, each cited by its item and the
 * line of its passage. A passage that is a recorded action ("Action 1: …") is left to `actions`:
 * the same promise is not counted twice.
 */
export function readRecord(
  items: readonly AgendaItem[],
  actions: readonly Action[],
  meeting: { date: string; body: Body },
): MeetingRecord {
  const actionLines = new Set(actions.map((a) => a.line));
  const decisions: Decision[] = [];
  const commitments: Commitment[] = [];
  // Indexed loops: the passages come as arrays of more than one kind, which an iterator over them
  // has the optimised code thrown away for once it meets the second.
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as AgendaItem;
    for (let j = 0; j < item.passages.length; j++) {
      const passage = item.passages[j] as Passage;
      if (actionLines.has(passage.line)) continue;
      const at = { item: item.number, line: passage.line };
      // Both readers take the one split of the passage and the one search for their words.
      const split = splitSentences(passage.text);
      const sentences = split.sentences;
      const triggers = triggersOfSentences(split);
      // Object.assign, not a spread: V8 copies a spread of objects of different shapes slowly.
      for (const decision of decisionsIn(sentences, triggers))
        decisions.push(Object.assign(decision, at));
      for (const commitment of commitmentsIn(sentences, meeting, triggers))
        commitments.push(Object.assign(commitment, at));
    }
  }
  return { decisions, commitments };
}
