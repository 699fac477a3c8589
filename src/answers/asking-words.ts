/**
 * Words chat wraps a question in that carry no subject, grown from how people type into Slack:
 * where something came up ("has it come up anywhere?", "seen it elsewhere?"), having seen or come
 * across it ("where have we seen those?", "where've we come across play space?"), hedges and
 * emphasis ("actually", "at all"), and speech written as typed ("gonna", "reckon"). The minutes
 * never hold them in the sense asked, so kept as subject words they would only make a question the
 * minutes answer look like one they are silent on.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `anywhere somewhere elsewhere everywhere anyplace
  see seen saw spotted noticed across
  actually really exactly basically generally roughly even honestly
  gonna wanna gotta kinda sorta lemme dunno reckon guess
  thx ta cheers`.split(/\s+/),
);

// "What'll", "what'd", "who're", "where've": a question word contracted with its verb, with or
// without the apostrophe. Only the question words: "we'll" written "well", "she'd" written "shed"
// and "I'll" written "ill" are words of their own.
const CONTRACTED_ASKING = /^(?:what|who|whom|when|where|why|how|which)'?(?:ll|d|re|ve|s)$/;

/**
 * Whether a word of a question only asks: on the list above, a contracted question word, or a
 * single letter ("w" for "with" when not written out; "n" for "and"), which carries no content.
 */
export function isAskingWord(word: string): boolean {
  return ASKING_WORDS.has(word) || CONTRACTED_ASKING.test(word) || /^[a-z]$/.test(word);
}
