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

// Where the appended threads begin: the first line opening "[a]" after which every written line
// opens a thread, carries one on (a reply or its state) or is blank, the threads lettered in order
// from "a". -1 when the text ends otherwise.
function threadsStart(lines: readonly string[]): number {
  const start = lines.findIndex((line) => line.startsWith("[a]") && THREAD_START.test(line));
  if (start < 0) return -1;
  let expected = "a";
  for (let i = start; i < lines.length; i++) {
    const m = THREAD_START.exec(lines[i] as string);
    if (!m) continue;
    if (m[1] !== expected) return -1;
    expected = nextMarker(expected);
  }
  return start;
}

// "a" → "b", "z" → "aa", "az" → "ba": how Google Docs letters comments past the alphabet.
function nextMarker(marker: string): string {
  const next = (code: number) => String.fromCharCode(code + 1);
  if (marker.length === 1) return marker === "z" ? "aa" : next(marker.charCodeAt(0));
  return marker[1] === "z"
    ? `${next(marker.charCodeAt(0))}a`
    : `${marker[0]}${next(marker.charCodeAt(1))}`;
}
