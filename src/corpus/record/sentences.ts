// A sentence ends at . ! ? followed by space and what can start the next one: "e.g. the MPS" does
// not end one, since the next word must start with a capital or a digit.
const SENTENCE_END = /(?<=[\p{L}\p{N})’'"][.!?])\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u;
// Minutes number their paragraphs ("9. The Board agreed …"); the number is no part of the sentence.
// "2.3 Members …" numbers a paragraph without a closing stop; "a) how …" letters a list entry.
const PARAGRAPH_NUMBER = /^(?:\(?\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,3}(?:\.\d{1,2})+|\(?[a-z][.)])\s+/;

/**
 * The sentences of a passage, in order, with paragraph numbers and markup asterisks removed. A
 * passage's white space comes collapsed (buildPassages); only asterisks taken out can leave two
 * spaces together, so only then is it collapsed again.
 */
export function sentencesOf(passage: string): string[] {
  const clean = (passage.includes("*") ? unstarred(passage) : passage)
    .trim()
    .replace(PARAGRAPH_NUMBER, "");
  return clean
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function unstarred(passage: string): string {
  return passage.replace(/\*+/g, "").replace(/\s+/g, " ");
}
