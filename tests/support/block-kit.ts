import type { types } from "@slack/bolt";
import { LIMITS } from "../../src/slack/blocks/limits.js";

interface Message {
  blocks?: types.KnownBlock[];
  text?: string;
}

/**
 * Every way a message breaks Block Kit's limits (docs.slack.dev/reference/block-kit): too many
 * blocks, a section, header, button, context or context_actions over its size, more than one table, a table over
 * 100 rows or 20 columns, or no top-level `text` for notifications and screen readers.
 */
export function blockKitProblems(
  message: Message,
  maxBlocks: number = LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  const blocks = message.blocks ?? [];
  if (!message.text || message.text.trim() === "") problems.push("no top-level text");
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks`);
  if (blocks.filter((block) => block.type === "table").length > 1) problems.push("two tables");
  for (const block of blocks) {
    switch (block.type) {
      case "section":
        if ((block.text?.text.length ?? 0) > LIMITS.sectionText)
          problems.push(`section of ${block.text?.text.length} characters`);
        if (block.accessory?.type === "button") problems.push(...buttonProblems(block.accessory));
        break;
      case "header":
        if (block.text.text.length > LIMITS.headerText) problems.push("header too long");
        break;
      case "context":
        if (block.elements.length > LIMITS.contextElements) problems.push("context too long");
        break;
      case "actions":
        if (block.elements.length > 25) problems.push("too many actions");
        for (const element of block.elements)
          if (element.type === "button") problems.push(...buttonProblems(element));
        break;
      case "context_actions":
        if (block.elements.length > LIMITS.contextActionsElements)
          problems.push("too many context actions");
        for (const element of block.elements)
          if (element.type === "feedback_buttons")
            problems.push(
              ...[element.positive_button, element.negative_button].flatMap(feedbackButtonProblems),
            );
        break;
      case "table":
        if (block.rows.length > 100) problems.push(`table of ${block.rows.length} rows`);
        if (block.rows.some((row) => row.length > 20)) problems.push("table row over 20 cells");
        if (block.rows.some((row) => row.some((cell) => "text" in cell && cell.text === "")))
          problems.push("empty table cell");
        break;
      default:
        break;
    }
  }
  return problems;
}

function buttonProblems(button: types.Button): string[] {
  return [
    ...(button.text.text.length > LIMITS.buttonText ? ["button text too long"] : []),
    ...((button.value?.length ?? 0) > LIMITS.buttonValue ? ["button value too long"] : []),
  ];
}

function feedbackButtonProblems(button: {
  text: { text: string };
  value: string;
  accessibility_label?: string;
}): string[] {
  return [
    ...buttonProblems({
      type: "button",
      text: { type: "plain_text", ...button.text },
      value: button.value,
    }),
    ...((button.accessibility_label?.length ?? 0) > LIMITS.accessibilityLabel
      ? ["accessibility label too long"]
      : []),
  ];
}
