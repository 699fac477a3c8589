import { M23, one, type QuestionCase } from "./question-set.js";

/**
 * Someone asked after on a subject: what did X say about Y. The minutes name the person and speak
 * of the subject, but maybe never together; then a careful clerk says the minutes do not record X
 * on Y (and shows what is closest), rather than leading with X on something else. Written by the
 * lead on 2026-12-06 by reading every passage naming Sophie Linden, Lynne Owens and the Mayor in
 * corpus/, before any change for it. Scored on main at 620687f before the change: 3/6 (the two
 * silences unsaid; "the estate strategy" answered across meetings, not about the 2023 one where
 * Lynne Owens spoke of it). After it: 6/6, a regression set from then on.
 */
const SILENT = "do not record";

export const SPOKEN_ON_SET: readonly QuestionCase[] = [
  one("cannot-know", "what did Sophie Linden say about violence against women?", {
    says: [SILENT, "Sophie Linden"],
  }),
  one("cannot-know", "did Lynne Owens say anything about disproportionality?", {
    says: [SILENT, "Lynne Owens"],
  }),
  one("narrow", "what did Lynne Owens say about the estate strategy", {
    meeting: M23,
    says: ["needs to be reviewed"],
    saysNot: [SILENT],
  }),
  one("narrow", "did Sophie Linden mention the LCJB?", {
    says: ["LCJB"],
    saysNot: [SILENT],
  }),
  one("narrow", "what did the Mayor say about fraud?", {
    says: ["commitment to keep Londoners safe"],
    saysNot: [SILENT],
  }),
  one("narrow", "what did Lynne Owens say about neighbourhood policing", {
    says: ["neighbourhood policing"],
    saysNot: [SILENT],
  }),
];
