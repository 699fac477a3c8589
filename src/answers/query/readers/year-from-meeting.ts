// "What about the year after?", "and the following year?": a year counted from the
// conversation's meeting ("last year", "next year" count from today: question.ts). Not "the year
// after the fraud meeting", which names its own (read-selector.ts).
const YEAR_FROM_MEETING =
  /\b(?:in |during )?(?:the )?(?:year (after|before)(?: that)?|(following|preceding|prior) year|a year (later|earlier|on|before|after))\b(?! (?:the|an?|\d)\b)/;
const LATER = new Set(["after", "following", "later", "on"]);

// "N the next year?" after "yjb - who came in feb 21?": with the article, the year after the
// conversation's meeting, as "the following year" is; "next year" alone counts from today
// (question.ts), and so does "the next year" with no meeting to count from.
const THE_NEXT_YEAR = /\bthe next year\b(?! (?:the|an?|\d)\b)/gi;

/**
 * A question with "the next year" said of the conversation's meeting, as "the following year",
 * which the reading counts from that meeting; unchanged with no meeting to count from. Asked of
 * the text as typed, before "next year" is read from today.
 */
export function withNextYearOfMeeting(text: string, meetingDate: string | null): string {
  return meetingDate ? text.replace(THE_NEXT_YEAR, "the following year") : text;
}

/** "The year after" written as the year after the conversation's meeting ("in 2022"). */
export function withYearFromMeeting(text: string, meetingDate: string | null): string {
  if (!meetingDate) return text;
  return text.replace(YEAR_FROM_MEETING, (_, a?: string, b?: string, c?: string) => {
    const direction = a ?? b ?? c ?? "";
    return `in ${Number(meetingDate.slice(0, 4)) + (LATER.has(direction) ? 1 : -1)}`;
  });
}
