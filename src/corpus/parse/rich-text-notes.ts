import type { ItemSection } from "./document.js";
import { readNumberedHeading } from "./items.js";
import type { TextLine } from "./lines.js";

/**
 * A record exported one field a line keeps the minutes' notes as the rich text its editor wrote, on
 * one line: "Notes: <div class=…><p><strong>1. Actions log</strong></p><p>Actions 405 to 409
 * closed. …</p><p><strong>2. Serious violence dashboard</strong></p>…</div>" (a SharePoint list
 * item, unseen-minutes-9/76). Each paragraph in bold that is a numbered heading opens an item; the
 * paragraphs after it, tags taken off, are its lines, all on the line the field stands on. Read
 * only of minutes whose lines open no item, and only when two items or more are found.
 */
export function itemsInRichText(lines: readonly TextLine[]): ItemSection[] {
  for (const l of lines) {
    // Most lines hold no paragraph tag: one search turns them away.
    if (l.raw.indexOf("</p>") < 0) continue;
    const items = readItems(l);
    if (items.length >= 2) return items;
  }
  return [];
}

function readItems(l: TextLine): ItemSection[] {
  const items: ItemSection[] = [];
  for (const paragraph of l.raw.split(PARAGRAPH_END)) {
    const inner = paragraph.replace(UP_TO_PARAGRAPH, "");
    const bold = BOLD_ALONE.exec(inner.trim());
    const heading = bold?.[2] ? readNumberedHeading(untagged(bold[2])) : null;
    if (heading?.title) {
      items.push({ number: heading.number, title: heading.title, line: l.line, lines: [] });
      continue;
    }
    const text = untagged(inner);
    const item = items.at(-1);
    if (item && text)
      item.lines.push({ line: l.line, raw: text, text, furniture: false, untidy: false });
  }
  return items;
}

const PARAGRAPH_END = /<\/p>|<br\s*\/?>/i;
// Everything up to a paragraph's opening tag: the field's label, the container's tags.
const UP_TO_PARAGRAPH = /^[\s\S]*<p(?:\s[^>]*)?>/i;
const BOLD_ALONE = /^<(strong|b)>([\s\S]*?)<\/\1>$/i;
const TAG = /<[^>]*>/g;

function untagged(html: string): string {
  return html.replace(TAG, " ").replace(/\s+/g, " ").trim();
}
