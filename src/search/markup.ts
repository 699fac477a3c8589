export interface StripOptions {
  /**
   * For a search query: a channel is where the question was asked, not what it is about, so
   * channel references vanish, and so do `#name` words left by an earlier pass for display.
   */
  forSearch?: boolean;
}

// A channel named as "#name" (letters, digits, "-" and "_"), not "C#" nor the "#" of "#2".
const CHANNEL_NAME = /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*/gu;

/**
 * Removes chat markup from text a person typed, keeping what they meant to say:
 * `<@U123>` and `<!channel>`-style broadcasts vanish, `<#C1|general>` becomes "#general" (or
 * vanishes, for search), `<https://x|label>` becomes "label" and a bare link its URL. Slack sends
 * `&`, `<`, `>` escaped, so those are decoded last.
 */
export function stripChatMarkup(text: string, options: StripOptions = {}): string {
  const stripped = text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, options.forSearch ? " " : "#$1")
    .replace(/<#[A-Z0-9]+>/gi, " ")
    .replace(/<(?:https?|mailto|tel):[^|>]*\|([^>]*)>/gi, "$1")
    .replace(/<((?:https?|mailto|tel):[^>]*)>/gi, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return (options.forSearch ? stripped.replace(CHANNEL_NAME, " ") : stripped)
    .replace(/\s+/g, " ")
    .trim();
}
