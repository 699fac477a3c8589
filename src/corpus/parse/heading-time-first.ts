import { itemWordHeading } from "./heading-item-word.js";
import { numberHeading } from "./heading-number.js";
import type { HeadingReader } from "./heading-readers.js";
import { romanHeading } from "./heading-roman.js";

// "14:10   2. Minutes of 8 October 2024 and action tracker": a timed agenda writes when each item
// was taken before its number; the time is no part of the heading, which is read as it would be
// without it. "14.10", "2.30pm", "(14:20)", "[14:20]", "10:05 –", "1410" (0700 to 1959, no year) and
// "14:10-14:30" are the same time otherwise written. Only a numbered heading may follow: "14:00 to
// 16:00, Room 2.10" and "10:00 – 12:00, …" are times of the meeting, "14:00 The meeting opened." a
// line of a timed record.
const CLOCK_TIME = String.raw`(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:0[7-9]|1\d)[0-5]\d)`;
export const TIME_FIRST = new RegExp(
  String.raw`^[(\[]?${CLOCK_TIME}(?:\s*(?:[-–—]|to)\s*${CLOCK_TIME})?[)\]]?(?:\s+[-–—])?\s+(?=\S)`,
  "i",
);
const AFTER_TIME: readonly HeadingReader[] = [itemWordHeading, numberHeading, romanHeading];

export const timeFirstHeading: HeadingReader = {
  name: "time first",
  example: "14:10   2. Minutes of 8 October 2024 and action tracker",
  read: (text) => {
    const m = TIME_FIRST.exec(text);
    if (!m) return null;
    const rest = text.slice(m[0].length);
    for (const reader of AFTER_TIME) {
      const read = reader.read(rest);
      if (read) return read;
    }
    return null;
  },
};
