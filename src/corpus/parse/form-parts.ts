/**
 * The title of a form's part, "SECTION A – ATTENDANCE (tick one box for each person)", "PART 3 –
 * ACTIONS", "SECTION D – NEXT MEETING" (unseen-minutes-10/85): the part's letter or number and the
 * form's instruction to the writer in brackets are the form's, and the title names the section as a
 * heading alone would ("ATTENDANCE", "ACTIONS"). Null for a line that opens no such part. A part
 * numbered before a colon, "Section 2: Knife crime", is an item (heading-item-word.ts), not this.
 */
export function formPartTitle(text: string): string | null {
  // Most lines open with neither word: their first letter turns them away.
  const first = text.charCodeAt(0) | 32;
  if (first !== 0x73 && first !== 0x70) return null;
  const m = PART.exec(text);
  if (!m?.[1]) return null;
  return m[1].replace(INSTRUCTION, "");
}

const PART = /^(?:section|part)\s+(?:[A-Z]|\d{1,2})\s+[–—-]\s+(\S.*)$/i;
// "(tick one box for each person)", "(mark one box in each row)": words in lower case in a closing
// bracket, told to whoever fills the form in.
const INSTRUCTION = /\s*\([\p{Ll}\s,;]+\)\s*$/u;
