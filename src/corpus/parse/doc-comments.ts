// A Google Docs document saved as plain text keeps its comments: a marker where each was anchored,
// "Attendees: Sadia Farouk-Lindqvist (MOPAC, chair)[a], …", "2. Summer violence plan[d]", and
// the threads appended after the text, each opening with its marker, "[a]Is Sadia chairing as
// Deputy Mayor or for MOPAC? …", its replies under it and the thread's state in underscores
// ("_Marked as resolved_", "_Assigned to Ines Marchetti-Obi_"). Neither is part of the minutes:
// the markers are taken out of the lines and the threads left blank, each line where it was.
//
// Read by layout alone: the text ends with threads opened by markers "[a]", "[b]", … in the
// order Google Docs letters them, and each of those markers stands in the text above, straight
// after a word or a bracket. A text whose last lines are a list "[a] …" or whose markers are no
// one's anchors is left as it was.

// A thread's marker opening its line, the comment straight after it.
const THREAD_START = /^\[([a-z]{1,2})\](?=\S)/;
// A marker anchored in the text: straight after a letter, figure, bracket or full stop.
const ANCHOR = /(?<=[\p{L}\p{N})\].,;:!?'’"”])\[([a-z]{1,2})\]/gu;

/** The text without comment markers or appended comment threads; the same text when it has none. */
export function withoutDocComments(text: string): string {
  // Google Docs letters its comments from "[a]": a text with no thread opening "[a]" has none.
  const first = text.indexOf("\n[a]");
  if (first < 0) return text;
  const lines = text.split("\n");
  const threadsFrom = threadsStart(lines);
  if (threadsFrom < 0) return text;
  const markers = new Set<string>();
  for (let i = threadsFrom; i < lines.length; i++) {
    const m = THREAD_START.exec(lines[i] as string);
    if (m?.[1]) markers.add(m[1]);
  }
  const body = lines.slice(0, threadsFrom);
  const anchored = new Set<string>();
  for (const line of body) for (const m of line.matchAll(ANCHOR)) anchored.add(m[1] as string);
  for (const marker of markers) if (!anchored.has(marker)) return text;
  const cleaned = body.map((line) =>
    line.includes("[")
      ? line.replace(ANCHOR, (whole, marker: string) => (markers.has(marker) ? "" : whole))
      : line,
  );
  // Each thread's line kept as a blank, so every line keeps its number.
  return [...cleaned, ...lines.slice(threadsFrom).map(() => "")].join("\n");
}

// Where the appended threads begin: a line opening "[a]" from which every written line to the end
// of the text opens the next thread (lettered in order from "a"), states a thread's state
// ("_Marked as resolved_") or, straight under a thread's line, is a reply to it; -1 when the text
// ends otherwise. A lettered note in the minutes' own run ("[a]Source: MPS Crime Data Dashboard"
// before "3. Tackling fraud") is followed by the minutes, which are none of these, so nothing after
// it is taken for a comment.
function threadsStart(lines: readonly string[]): number {
  for (let start = 0; start < lines.length; start++) {
    const line = lines[start] as string;
    if (line.startsWith("[a]") && THREAD_START.test(line) && runsAsThreads(lines, start))
      return start;
  }
  return -1;
}

// A thread's state as Google Docs writes it under the thread: "_Marked as resolved_", "_Reopened_".
const THREAD_STATE = /^_[^_].*_$/;
// A line the minutes' own run would open with: a numbered heading or line, or an action's label.
const MINUTES_LINE =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s|(?:actions?|agreed|decisions?|resolved)\b\s*[:\-–]|#)/i;

function runsAsThreads(lines: readonly string[], start: number): boolean {
  let expected = "a";
  let underThread = false;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") {
      underThread = false;
      continue;
    }
    const m = THREAD_START.exec(line);
    if (m) {
      if (m[1] !== expected) return false;
      expected = nextMarker(expected);
      underThread = true;
    } else if (THREAD_STATE.test(line)) {
      underThread = true;
    } else if (!underThread || MINUTES_LINE.test(line)) {
      return false;
    }
  }
  return true;
}

// "a" → "b", "z" → "aa", "az" → "ba": how Google Docs letters comments past the alphabet.
function nextMarker(marker: string): string {
  const next = (code: number) => String.fromCharCode(code + 1);
  if (marker.length === 1) return marker === "z" ? "aa" : next(marker.charCodeAt(0));
  return marker[1] === "z"
    ? `${next(marker.charCodeAt(0))}a`
    : `${marker[0]}${next(marker.charCodeAt(1))}`;
}
