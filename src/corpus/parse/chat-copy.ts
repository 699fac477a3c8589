// Notes kept in a chat and copied out as text: a Slack thread, "Kwabena Lindholm-Asare  4:07 PM"
// over each message, or a Teams chat, "[13:58] Yusuf Adeyemi-Kraus". Who posted a message, and
// when, is no part of the minutes: not an attendee, not the meeting's time. Nor are the chat's
// furniture around the messages: the channel's name ("#dmg-core"), "11 replies", a line of
// reactions (":eyes: 3   :white_check_mark: 2", "👍 2"), and emoji written as shortcodes or as
// themselves (":thread:" after the venue, ":white_check_mark:" or "✅" before an action).
//
// Read by layout alone: two lines or more are a name and a clock, in either app's way, each over a
// message (the next written line is no such line). Only then are those lines, and the furniture,
// left blank (each line keeps its number) and the emoji taken out; any other text is left as it
// was. A contents list with each entry's time after it ("Knife Crime        14:10") has the same
// shape, but its lines stand one over another: no message under any but the last.

// "Kwabena Lindholm-Asare  4:07 PM", "Slackbot  4:22 PM": a name of one to four words, two spaces
// or more, a clock.
const SLACK_AUTHOR =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} {2,}\d{1,2}:\d{2}(?: ?[AP]M)?$/u;
// "[13:58] Yusuf Adeyemi-Kraus": the clock in brackets, then the name.
const TEAMS_AUTHOR =
  /^\[\d{1,2}:\d{2}(?: ?[AP]M)?\] \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
const AUTHOR_ANYWHERE = /\S {2,}\d{1,2}:\d{2}(?: ?[AP]M)?$|^\[\d{1,2}:\d{2}(?: ?[AP]M)?\] /m;
// "#dmg-core": a channel's name, one word after "#" (a markdown heading has a space after it).
const CHANNEL = /^#[\p{Ll}\d][\p{Ll}\d_-]*$/u;
// "11 replies", "1 reply".
const REPLIES = /^\d+ repl(?:y|ies)$/;
// An emoji as a shortcode, ":white_check_mark:", ":+1:", or as itself.
const SHORTCODE = /(?<![\p{L}\p{N}:]):[a-z\d_+-]+:(?![\p{L}\p{N}])/gu;
const EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;
// A line of reactions: emoji with their counts and nothing else.
const REACTIONS = /^(?:(?::[a-z\d_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*\d*\s*)+$/u;

/** The text without a chat's authors, clocks, furniture and emoji; the same text when it is no chat. */
export function withoutChatFurniture(text: string): string {
  // Most texts have no line ending in a clock after a gap nor opening with one in brackets: they
  // are turned away by one search before any line is cut out.
  if (!AUTHOR_ANYWHERE.test(text)) return text;
  const lines = text.split("\n");
  const authors = authorLines(lines);
  if (authors.size < 2) return text;
  return lines
    .map((line, i) => {
      const trimmed = line.trim();
      if (
        authors.has(i) ||
        CHANNEL.test(trimmed) ||
        REPLIES.test(trimmed) ||
        REACTIONS.test(trimmed)
      )
        return "";
      return withoutEmoji(line);
    })
    .join("\n");
}

// The indices of the lines that read as a name and a clock over a message: the next written line
// is there and reads as no such line.
function authorLines(lines: readonly string[]): Set<number> {
  const authors = new Set<number>();
  let nextWrittenIsAuthor: boolean | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = (lines[i] as string).trim();
    if (trimmed === "") continue;
    const author = isAuthorLine(trimmed);
    if (author && nextWrittenIsAuthor === false) authors.add(i);
    nextWrittenIsAuthor = author;
  }
  return authors;
}

function isAuthorLine(line: string): boolean {
  return line.length < 80 && (SLACK_AUTHOR.test(line) || TEAMS_AUTHOR.test(line));
}

// ":white_check_mark: *ACTION* MPS to …" -> "*ACTION* MPS to …"; "… Union Street* :thread:" ->
// "… Union Street*".
function withoutEmoji(line: string): string {
  const out = line.replace(SHORTCODE, "").replace(EMOJI, "");
  return out === line ? line : out.replace(/ {2,}/g, " ").trim();
}
