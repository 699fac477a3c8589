/**
 * Words that carry no subject on their own. Common English words (Lunr's list, and a few more), the
 * words people wrap a question in ("what did the board say about…", "tell me anything on…") and
 * contractions with their apostrophe already removed by the tokenizer ("dont", "whats").
 */
const COMMON_WORDS = `a able about above across after again against all almost also am among an and any are
as at be because been before being below between both but by can cannot could dear did do does doing
down during each either else ever every few for from further get got had has have having he her here
hers herself him himself his how however i if in into is it its itself just least let like likely may
me might more most must my myself neither no nor not of off often on once only or other our ours
ourselves out over own rather same she should since so some such than that the their theirs them
themselves then there these they this those through tis to too twas under until up upon us very was we
were what when where which while who whom why will with would yet you your yours yourself yourselves
im ive id youre theyre thats whats wheres whos whod wholl whove theyd theyll theyve itll hows dont doesnt didnt isnt wasnt arent werent cant
wont shouldnt wouldnt couldnt hasnt havent hadnt lets much many per`;

// The frame of a question about minutes: asking about a subject, not the subject itself, and
// the everyday verbs and courtesies around it ("what's being done about…", "sorry if asked before").
// What a question asks of its subject ("what was agreed") is the answers' (answers/asked-of.ts):
// a plain search for "agreed" or "proposed" looks for it.
const QUESTION_WORDS = `say says said saying tell told know knows show shows find look
looking discuss discusses discussed discussing discussion talk talks talked talking mention mentions
mentioned mentioning anything something everything nothing regarding concerning re please thanks
thank hi hello hey any anyone anybody someone somebody give gave given happened happen happens
whether ever recently latest last ago
gets getting done goes going gone went put puts putting together sorry ask asks asked asking
wondering wondered bother think thinks`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${COMMON_WORDS} ${QUESTION_WORDS}`.split(/\s+/).filter((word) => word.length > 0),
);

// A number of one or two digits is a list marker ("2. Community engagement"), an item or action
// number, or a count: not a subject. Years ("2015") and numbers with units ("£2m") stay words.
const SMALL_NUMBER = /^\d{1,2}$/;

/** Whether a normalised word carries no subject: a common or question word, or a small number. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || SMALL_NUMBER.test(word);
}
