import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";

// Follow-ups that carry the last answer's subject and meeting, through the router on the five
// seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

/** Asks each question in turn in one conversation; the answers. */
function converse(...questions: string[]) {
  const store = new InMemoryConversationStore();
  return questions.map((question) =>
    answerQuestion(question, context, { conversation: { id: "thread", store } }),
  );
}
const textOf = (answer: ReturnType<typeof answerQuestion> | undefined) =>
  answer ? answerToTerminal(answer, { color: false }) : "";

describe("a follow-up pointing at the subject of an answer about one meeting", () => {
  it("is asked of that meeting", () => {
    // 004_17215f53eb22288e.txt line 67: "Action 2: London Councils and MOPAC to continue working
    // on the shared approach to public service reform as outlined in the paper."
    const [, leads] = converse(
      "who presented the public service reform paper in 2015",
      "who leads on it?",
    );
    expect(leads?.meeting?.id).toBe("lcrb-2015-03-10");
    expect(textOf(leads)).toContain("London Councils and MOPAC");
  });

  it("asks when the subject returns, which that meeting's minutes say, not the next meeting", () => {
    // 002_0368bc6123038781.txt line 85: "The issue of court backlogs will be discussed again at
    // the next LCRB in July."
    const [, back] = converse(
      "where did the court backlog action get to in 2023",
      "when's it coming back to the board?",
    );
    expect(back?.intent).toBe("search");
    expect(textOf(back)).toContain("discussed again at the next LCRB in July");
  });

  it("still asks after the meeting when the meeting is what is pointed at", () => {
    const [, when] = converse(
      "who presented the public service reform paper in 2015",
      "when was it?",
    );
    expect(textOf(when)).toContain("10 March 2015");
    expect(when?.intent).not.toBe("search");
  });
});

describe("a question naming no meeting, in a conversation about one", () => {
  it("is answered from that meeting's minutes when they answer it", () => {
    // 001_c2fb2c5d5dd83175.txt line 105: "A 'buddy' scheme with support for each new BAME
    // officer was in place."
    const [, support] = converse(
      "what did the Met report on the Action Plan in Feb 21",
      "what support do new BAME recruits get?",
    );
    expect(support?.meeting?.id).toBe("lcrb-2021-02-02");
    expect(textOf(support)).toContain("buddy");
  });

  it("asks people after a thing pointed at of what was said of it, not of an attendance list", () => {
    // 001_c2fb2c5d5dd83175.txt line 105: "… work with the Home Office and College of Policing to
    // redesign recruitment processes …".
    const [, , working] = converse(
      "what did the Met report on the Action Plan in Feb 21",
      "what support do new BAME recruits get?",
      "who are they working with on it?",
    );
    expect(working?.intent).toBe("search");
    expect(textOf(working)).toContain("Home Office and College of Policing");
  });

  it("is searched across the minutes when that meeting's minutes are silent on it", () => {
    const [, fraud] = converse(
      "what did the Met report on the Action Plan in Feb 21",
      "what was said about fraud?",
    );
    expect(fraud?.results.some((r) => r.meetingId === "lcrb-2022-04-27")).toBe(true);
  });
});

describe("a passage an answer shows", () => {
  it("is shown once, though the excerpt moved to it from the passage the search found", () => {
    // 004_17215f53eb22288e.txt line 65: "The Board agreed that the work on public service reform
    // should be developed as proposed over the coming two months."
    const [, back] = converse(
      "what did the 2015 board say about public service reform?",
      "when is it coming back to the board?",
    );
    const lines = (back?.sections ?? []).map((section) => section.citation?.line);
    expect(lines.filter((line) => line === 65)).toHaveLength(1);
  });
});

describe("the last question asked again of another meeting", () => {
  it("answers 'same person in 2015?' with who held the place then, yes or no first", () => {
    // 003_0417dfde59a34df8.txt: "Sinead Dervin (SD) NHS England"; 004_17215f53eb22288e.txt line
    // 28: "Joanne Murfitt	NHS England".
    const [, same] = converse("who from the NHS was at the 2022 board?", "same person in 2015?");
    expect(same?.meeting?.id).toBe("lcrb-2015-03-10");
    expect(same?.title).toMatch(/^No: Joanne Murfitt, not Sinead Dervin/);
  });

  it("answers 'same subject in 2022?' with what that meeting's minutes say of it", () => {
    // 003_0417dfde59a34df8.txt line 69: "a summary of the Police and Crime Plan (PCP) outcomes
    // framework".
    const [, same] = converse("what was said about the PCP at the dmg", "same subject in 2022?");
    expect(same?.meeting?.id).toBe("lcrb-2022-04-27");
    expect(textOf(same)).toContain("outcomes framework");
  });

  it("reads 'anyone from there' as the organisation the last question asked after", () => {
    // 002_0368bc6123038781.txt: "Joanne Towens, HMCTS" among the apologies of April 2023.
    const [, there] = converse("who represented HMCTS in feb 21?", "anyone from there in 2023?");
    expect(there?.meeting?.id).toBe("lcrb-2023-04-12");
    expect(textOf(there)).toContain("Joanne Towens");
  });
});

describe("a question naming no meeting after an answer about one that named none", () => {
  it("is answered from that meeting's minutes when they answer it", () => {
    // 002_0368bc6123038781.txt line 92: "The MPS have published a draft Turnaround plan, a
    // revised version will be published in due course".
    const [first, final] = converse(
      "how did Lynne Owens describe the Casey report",
      "is the Turnaround plan final?",
    );
    expect(first?.meeting?.id).toBe("lcrb-2023-04-12");
    expect(final?.meeting?.id).toBe("lcrb-2023-04-12");
    expect(textOf(final)).toContain("a revised version will be published");
  });

  it("is asked of all the minutes when it stands alone and names nothing the answer showed", () => {
    // 003_0417dfde59a34df8.txt line 63 (stalking, April 2022) does not speak of violence against
    // women and girls; 001_c2fb2c5d5dd83175.txt line 115 (February 2021) speaks of violence.
    const [stalking, vawg] = converse(
      "what was said about stalking",
      "what has been said about violence against women and girls?",
    );
    expect(stalking?.meeting?.id ?? stalking?.results[0]?.meetingId).toBe("lcrb-2022-04-27");
    expect(new Set(vawg?.results.map((result) => result.meetingId))).toContain("lcrb-2021-02-02");
  });

  it("is asked of that meeting when it reads as the next in the thread", () => {
    // 003_0417dfde59a34df8.txt line 57: "… youth violence and VAWG (Violence Against Women and
    // Girls)", at the April 2022 meeting stalking came up at.
    const [, vawg] = converse(
      "what was said about stalking",
      "and what about violence against women and girls?",
    );
    expect(new Set(vawg?.results.map((result) => result.meetingId))).toEqual(
      new Set(["lcrb-2022-04-27"]),
    );
  });
});

describe("a pronoun for someone the minutes speak of by title", () => {
  it("finds what they raised where the minutes call them by it", () => {
    // 004_17215f53eb22288e.txt:71 "the Mayor raised the issue of police corruption".
    const [, raised] = converse("who chaired the 2015 board", "did he raise anything himself?");
    expect(raised?.meeting?.id).toBe("lcrb-2015-03-10");
    expect(textOf(raised)).toContain("the Mayor raised the issue of police corruption");
  });
});

describe("a follow-up naming only a year, after an organisation's people at one meeting", () => {
  // 001_c2fb2c5d5dd83175.txt:41 "Lib Peck, VRU"; 003_0417dfde59a34df8.txt "Rhiannon Sawyer (RS)
  // Asst Director, VRU"; 002_0368bc6123038781.txt:43 "Lib Peck, VRU".
  it("counts 'n the next year?' from the conversation's meeting, and asks '2023?' the same again", () => {
    const [, next, later] = converse("vru - who came in feb 21?", "n the next year?", "2023?");
    expect(next?.meeting?.id).toBe("lcrb-2022-04-27");
    expect(textOf(next)).toContain("Rhiannon Sawyer");
    expect(later?.meeting?.id).toBe("lcrb-2023-04-12");
    expect(textOf(later)).toContain("Lib Peck");
    expect(later?.query?.organisation).toEqual(["vru"]);
  });

  it("leaves 'the next year' to count from today with no meeting before it", () => {
    expect(
      answerQuestion("any meetings in the next year?", context).query?.meetings[0]?.date,
    ).toEqual({ kind: "year", year: 2027 });
  });
});

describe("why, asked of the last answer", () => {
  it("is asked of its subject at its meeting, whose passage gives the reason", () => {
    // 000_bc5123fd089beeb5.txt:50 "The deferral of the mayoral election has meant that the latest
    // the Police and Crime Plan (PCP) can be published was March 2022."
    const [due, why] = converse(
      "when's the next pcp due at the latest, per the dmg?",
      "why so late?",
    );
    expect(textOf(due)).toContain("March 2022");
    expect(why?.query?.topic).toEqual(["pcp"]);
    expect(textOf(why)).toContain("deferral of the mayoral election");
  });
});

describe("who, asked of the last subject", () => {
  it("looks for the subject without the post the last question named", () => {
    // 004_17215f53eb22288e.txt:71 "Following the publication of an article in a newspaper, the
    // Mayor raised the issue of police corruption. The Deputy Commissioner explained …".
    const [, raised] = converse(
      "2015 - what did the deputy commissioner say abt corruption?",
      "n who raised it?",
    );
    expect(raised?.query?.topic).toEqual(["corruption"]);
    expect(textOf(raised)).toContain("the Mayor raised the issue of police corruption");
  });

  it("keeps a post that owns the subject, which is who heads it", () => {
    // 003_0417dfde59a34df8.txt "the work carried out with the Deputy Commissioner's delivery
    // group"; "Helen Ball (HB) Deputy Commissioner of the MPS".
    const [, heads] = converse(
      "apr 22 - what's the deputy commissioner's delivery group working on?",
      "who heads it?",
    );
    expect(textOf(heads)).toContain("Helen Ball");
  });
});

describe("how something is doing, asked of a meeting", () => {
  it("shows the passage saying how it is going, not a fall through the gaps", () => {
    // 004_17215f53eb22288e.txt:63 "It is early days with the CRC but the statistics show good
    // progress so far."; :61 "… offenders falling through the gaps between Probation and the CRC."
    const [crc] = converse("2015 board - how's the crc doing?");
    expect(textOf(crc)).toContain("the statistics show good progress so far");
    expect(textOf(crc)).not.toContain("falling through the gaps");
  });
});

describe("a body named by its initials in a question searched", () => {
  it("is searched as the lists write it", () => {
    // 002_0368bc6123038781.txt:101 "London Councils raised continued concerns regarding the
    // Estate Strategy and BCU model. Dame Lynne Owens agreed that the former needs to be reviewed".
    const [raised, reply] = converse(
      "apr 23 - what did lc raise w the met?",
      "what did lynne owens say to that?",
    );
    expect(textOf(raised)).toContain("London Councils raised continued concerns");
    expect(textOf(reply)).toContain("needs to be reviewed");
  });
});

describe("the other side of the last subject", () => {
  it("asks the last question again with the word said in place of the subject's first", () => {
    // 002_0368bc6123038781.txt:109 "Partnership work on adult disproportionality … four working
    // groups"; :111 "Since publishing the Youth Justice Criminal Action Plan …, MOPAC's
    // Disproportionality Challenge Fund was launched in June 2022 …".
    const [, youth] = converse(
      "apr 23 - how's the adult disproportionality work going?",
      "n the youth side?",
    );
    expect(youth?.query?.topic).toEqual(["youth", "disproportionality", "work"]);
    expect(textOf(youth)).toContain("Disproportionality Challenge Fund");
  });
});

describe("a body named by someone of it, asked of the meetings since", () => {
  // 004_17215f53eb22288e.txt: "Lucy Bogue	Ministry of Justice" (March 2015); 001_c2fb2c5d5dd83175.txt:
  // "Phil Douglas, Ministry of Justice" (February 2021). 000_bc5123fd089beeb5.txt: "Carina
  // Heckroodt	NPS" (June 2020); Kilvinder Vigurs, NPS, in 2021 and 2022.
  it("reads 'her org' as her organisation and 'since' as after the meeting she was at", () => {
    const [, , since] = converse(
      "who's lucy bogue?",
      "what mtg was she at?",
      "any1 from her org been since?",
    );
    expect(since?.query).toMatchObject({ since: "2015-03-11", meetings: [] });
    expect(since?.title).toBe("Yes: 1 person from ministry justice came, over 4 meetings");
    expect(textOf(since)).toContain("Phil Douglas");
    expect(textOf(since)).not.toContain("Lucy Bogue");
  });

  it("reads 'later mtgs' as the meetings after, not the latest one", () => {
    const [, later] = converse(
      "who's carina heckroodt?",
      "anyone else from her org come to later mtgs?",
    );
    expect(later?.query?.since).toBe("2020-06-09");
    expect(textOf(later)).toContain("Kilvinder Vigurs");
  });

  it("asks one meeting's chair or list of the meetings after the last answer's, not of it", () => {
    // 001_c2fb2c5d5dd83175.txt: the LCRB of 2 February 2021; after it the boards of 27 April 2022
    // and 12 April 2023 (002_*.txt, 003_*.txt). Review 5 C3: these answered the 2021 meeting.
    const [, chaired] = converse("who chaired the feb 21 board?", "who chaired at later mtgs?");
    expect(chaired?.title).toBe(
      "Sadiq Khan chaired both: LCRB, 27 April 2022 and LCRB, 12 April 2023",
    );
    expect(chaired?.meeting?.id).not.toBe("lcrb-2021-02-02");
    const [, came] = converse("who chaired the feb 21 board?", "who came at later mtgs?");
    expect(came?.title).toBe("Which meeting?");
  });

  it("says no meeting lies after the last one, rather than counting none", () => {
    // 002_0368bc6123038781.txt: Claire Waxman (Victims' Commissioner, MOPAC) at the last meeting
    // the minutes hold, 12 April 2023.
    const [, since] = converse("who's claire waxman?", "any1 from her org been since?");
    expect(since?.title).not.toContain("over 0 meetings");
    expect(textOf(since)).toContain("no meeting after 12 April 2023");
  });

  // 001_c2fb2c5d5dd83175.txt:41 "Lib Peck, VRU", the one VRU line in February 2021; in March 2015
  // she is listed for LB Lambeth (004_17215f53eb22288e.txt:22) and no one for the VRU.
  it("sets aside the person whose org it is: 'else' is the others, not her", () => {
    const [, others] = converse("who's lib peck?", "who else from her org came in 2021?");
    expect(others?.title).toBe(
      "No one from vru besides Lib Peck is listed at the LCRB meeting on Tuesday 2 February 2021",
    );
    const [before] = converse("any1 from lib peck's org in 2015?");
    expect(before?.title).toMatch(/^No: /);
    expect(before?.title).not.toContain("Lib Peck");
  });

  it("leaves 'what was her org?' asking for the organisation", () => {
    const [, org] = converse("who's lucy bogue?", "what was her org?");
    expect(org?.title).toBe("Lucy Bogue");
  });
});
