import type { Body } from "../corpus/model.js";
import type { Highlight } from "./excerpt.js";

export type { Highlight } from "./excerpt.js";

export interface SearchOptions {
  /** How many results to return (default 5). */
  limit?: number;
  /** How many of the best results to skip, for "More results" paging (default 0). */
  offset?: number;
  body?: Body;
  /** Inclusive ISO date bounds. */
  from?: string;
  to?: string;
  /**
   * Words of the query not to search for, beside the stop words: the words a caller's questions
   * ask of their subject ("what was agreed about fraud"), which plain searches look for.
   */
  unsearched?: ReadonlySet<string>;
}

/** One agenda item that answers the query, with its best passage as a cited excerpt. */
export interface SearchResult {
  meetingId: string;
  date: string;
  body: Body;
  item: { number: string | null; title: string };
  score: number;
  /** The best-matching sentence(s), as plain text with no markup. Not escaped. */
  excerpt: string;
  /** The matched words in `excerpt`: [start, end) character offsets; each face marks them. */
  highlights: Highlight[];
  /** `url`: the page the minutes are published on, when the meeting has one. */
  source: { file: string; line: number; url?: string };
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  /**
   * "Did you mean" spellings, when some word of the query matched nothing as typed and was
   * corrected from the words of the minutes (even when its other words matched).
   */
  suggestions: string[];
  /**
   * Words of the query that matched nothing as typed and were searched as a word of the minutes
   * instead, because the typo was much likelier than the word as typed. Search always sets it
   * (empty when nothing was corrected); optional so that hand-made responses may leave it out.
   */
  corrections?: Array<{ from: string; to: string }>;
  /**
   * When the minutes are silent on the query as a whole ("online fraud"), the words of it they do
   * mention ("fraud"), searched as the query wrote them, for a face to offer as a narrower
   * question. Absent otherwise.
   */
  mentioned?: string[];
  /** With `mentioned`, the query's words the minutes never use ("figures"). */
  unmentioned?: string[];
  /** How many agenda items matched in all (for paging). */
  total: number;
  /**
   * The words of the query no passage holds, as the note names them ("handed" of "were grants
   * handed out"): a yes-or-no answer read from the results need not find them there. Optional
   * so that hand-made responses may leave it out.
   */
  unmatched?: string[];
  /**
   * Why there are no results ("only common words"), which words of the query no passage
   * mentions when the results match only the others ("No passage mentions “knife”; results
   * match “crime”."), or that no agenda item holds a query's two subjects together ("No agenda
   * item mentions “covid” and “fraud” together: …"). Null otherwise.
   */
  note: string | null;
}

/** A searchable index of agenda-item passages. */
export interface MinutesSearch {
  search(query: string, options?: SearchOptions): SearchResponse;
  /**
   * Whether some passage or item title holds the words side by side, in order ("information
   * sharing", "London Policing Board"): a term of the minutes, whose words belong together even
   * when one of them alone is a filler word. Optional so that stand-ins for tests may leave it out.
   */
  holdsPhrase?(words: string): boolean;
  /**
   * The words the titles and passages write in lower case or in capitals, lower-cased
   * (search/ordinary-words.ts), gathered as the index read them. Optional for stand-ins.
   */
  ordinaryWords?(): ReadonlySet<string>;
}
