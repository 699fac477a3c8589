/**
 * Removes chat markup from text a person typed, keeping what they meant to say:
 * `<@U123>` and `<!channel>`-style broadcasts vanish, `<#C1|general>` becomes "#general",
 * `<https://x|label>` becomes "label" and a bare link its URL. Slack sends `&`, `<`, `>` escaped,
 * so those are decoded last.
 */
export function stripChatMarkup(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, "#$1")
    .replace(/<#[A-Z0-9]+>/gi, " ")
    .replace(/<(?:https?|mailto|tel):[^|>]*\|([^>]*)>/gi, "$1")
    .replace(/<((?:https?|mailto|tel):[^>]*)>/gi, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
