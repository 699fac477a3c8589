import { firstDated } from "./header-date-first.js";
import type { HeaderDateReader } from "./header-date-readers.js";

/** "Date: …", "Meeting date – …", "Date of meeting: …". */
export const LABELLED_DATE = /^(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?\s*[:\-–]\s*/i;

export const labelledDate: HeaderDateReader = {
  name: "labelled date field",
  example: "London Crime Reduction Board\n\nPresent:\nJane Smith, MOPAC\n\nDate: 16 July 2025",
  read: ({ labelled }) => firstDated(labelled.filter((l) => LABELLED_DATE.test(l.text))),
};
