/**
 * A SharePoint list exported as text writes a person or lookup field's values with their ids:
 * "Osei-Viljoen, Lachlan (MPS);#118;#Afolabi-Greaves, Rhiannon (London Councils);#204", and
 * several choices parted by ";#", "1. Actions log;#2. Serious violence dashboard"
 * (unseen-minutes-9/76). The ids are the list's, no part of a name; ";#" parts the values as "; "
 * does in a list written by hand.
 */
export function withoutLookupIds(text: string): string {
  // Most files have none: one search turns them away.
  if (text.indexOf(";#") < 0) return text;
  return (
    text
      .replace(LOOKUP_ID_BETWEEN, "; ")
      // In a table aligned with spaces, the cells after it keep their columns.
      .replace(LOOKUP_ID_BEFORE_GAP, (id) => " ".repeat(id.length))
      .replace(LOOKUP_ID_AT_END, "")
      .replace(LOOKUP_SEPARATOR, "; ")
  );
}

// ";#118;#" between two values; ";#265" after the last, before a gap or a tab, or at the line's end.
const LOOKUP_ID_BETWEEN = /;#\d+;#/g;
const LOOKUP_ID_BEFORE_GAP = /;#\d+(?=[ \t])/g;
const LOOKUP_ID_AT_END = /;#\d+(?=\r?\n|$)/g;
const LOOKUP_SEPARATOR = /;#/g;
