import { withoutCommandWord } from "../answers/question.js";
export interface StripOptions {
  /**
   * For a question: a channel is where it was asked, not what it is about, so channel references
   * vanish, and so do `#name` words left by an earlier pass for display.
   */
  dropChannels?: boolean;
}

// A channel named as "#name" (letters, digits, "-" and "_"), not "C#" nor the "#" of "#2".
const CHANNEL_NAME = /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*/gu;

/**
 * Removes chat markup from text a person typed, keeping what they meant to say:
 * `<@U123>` and `<!channel>`-style broadcasts vanish, `<#C1|general>` becomes "#general" (or
 * vanishes, for a question), `<https://x|label>` becomes "label" and a bare link its URL. Slack sends
 * `&`, `<`, `>` escaped, so those are decoded last.
 */
export function stripChatMarkup(text: string, options: StripOptions = {}): string {
  const stripped = text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, options.dropChannels ? " " : "#$1")
    .replace(/<#[A-Z0-9]+>/gi, " ")
    .replace(/<(?:https?|mailto|tel):[^|>]*\|([^>]*)>/gi, "$1")
    .replace(/<((?:https?|mailto|tel):[^>]*)>/gi, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return (options.dropChannels ? stripped.replace(CHANNEL_NAME, " ") : stripped)
    .replace(/\s+/g, " ")
    .trim();
}

// Slack will not run a slash command typed in a thread and offers to post it as a message, which
// then reaches the bot as "/lcrb next" (or "/lcrb follow fraud", read before any question is).

/**
 * What a person typed to the bot in Slack (a mention, a DM, the text of `/lcrb`) as the plain
 * question every face hands the answers layer: markup gone, channel references too (a channel is
 * where the question was asked, not what it is about), and no leading "/lcrb".
 */
export function questionFromSlack(text: string): string {
  return withoutCommandWord(stripChatMarkup(text, { dropChannels: true }));
}
