import {
  chat,
  type Expectation,
  M15,
  M20,
  M21,
  M22,
  M23,
  one,
  type QuestionCase,
} from "./question-set.js";

/**
 * A third set, written by hand in session 9 as a new user would ask, and scored before any change
 * made for it (15 of 28 right by these checks): counts asked as "the number of" or "how many people sent
 * apologies", "the meetings that discussed X" (read as one meeting named by its topic, so the
 * subject vanished), and a person's meetings asked with the meetings first. The rules that now
 * pass it were written with it in view, so from here it is a regression set. Same checks and
 * `today` as the first set. A second round of seven (a person's own first and last meeting,
 * "both", organisations ranked) was written later and scored before its change: 0/7. One of its
 * expectations was a guess the minutes contradict (MPS for the most people at April 2023; the
 * list has MOPAC and London Councils with seven each) and was corrected from the minutes. A
 * third round of eight (when and where a meeting was held) was scored before its change: 3/8.
 * A fourth round of seven (a subject before, after or since a date) scored 1/7 before and 6/7
 * after its first change; the seventh, "list the meetings before 2021" (read as the one meeting
 * before the 2021 one), passed after a second. A fifth round
 * of five (whether someone chaired) scored 0/5 before its change, and a sixth of four (who was new
 * at, or left after, one meeting) 0/4; a seventh of two (the Mayor, a post, not everyone at the
 * Mayor's Office for Policing and Crime) 1/2. An eighth of eight (two whole meetings compared, no
 * subject or attendance named: "how did the 2023 meeting differ from the one before") 1/8, and a
 * ninth of six (the outcome, result or conclusion of a discussion: its decisions) 0/6, and a tenth
 * of six ("which meeting was that?", "what was decided there?" after an answer) 3/6, and an
 * eleventh of ten (meetings and people ranked: "which meeting had the most attendees", "who has
 * attended the most meetings") 2/10, both of those by chance (the latest meeting had the most
 * apologies, and its list named the two who sent apologies most often). A twelfth of nine
 * (whether a subject was discussed, at a meeting, in a period or ever: "Yes:"/"No:" first) 0/9.
 * A thirteenth of seven (a person's role or organisation, an organisation's regulars, what
 * someone said when no passage names them) 0/7. A fourteenth of seven (years named from the case's
 * own today, "remind me what the DMG is", "how long ago was the last meeting") 1/7, by chance (the
 * latest LCRB was that year's). Cases with a `today` of their own are asked on that day. A
 * fifteenth of six (one action by its number, whether actions were completed, who presented an
 * item or raised a subject) 2/6. A sixteenth of four (one discussion summed up: "summarise the
 * fraud discussion") 0/4. A seventeenth of ten (the organisations at a meeting or on a board, a
 * meeting's topics, the subjects that come back on the agendas) 0/10. An eighteenth of seven
 * (decisions and promises asked after a meeting's answer, what is outstanding or still open) 1/7;
 * one of its expectations wanted "the DMG" as one meeting where the actions answer covers every DMG
 * meeting (the minutes hold one), and was made to check what the answer says instead. A
 * nineteenth of six (who followed or came before someone in their post, a meeting held on MS
 * Teams) 0/6. A twentieth of five (a subject between two years however the range is placed,
 * attendance meeting by meeting, how often a board meets) 0/5. A twenty-first of four (someone the
 * passages name only by post or organisation, or never) 0/4. A twenty-second of six (typed as in
 * chat: "wat happend at the last meetin", "who r the ppl from mopac at the last mtg") 0/6. A
 * twenty-third of five (meetings that did not discuss a subject, who missed a meeting, who never
 * sent apologies, the last item of a meeting) 0/5: the first answered its opposite. A
 * twenty-fourth of four (the latest on a subject: where it last came up) 0/4. A twenty-fifth of
 * three conversations (what else came up, "when was the next one?" after a meeting) 1/3. A
 * twenty-sixth of three (chairs across meetings, ranked and over time) 0/3.
 */
const FRAUD_ONCE: Expectation = { meetings: [M22], lead: ["1 meeting"] };

export const PHRASINGS_SET: readonly QuestionCase[] = [
  // Counting apologies, however the count is asked for.
  one("narrow", "how many people sent apologies to the June 2020 DMG", {
    meeting: M20,
    lead: ["0 sent apologies"],
  }),
  one("narrow", "how many members gave apologies in April 2023", {
    meeting: M23,
    lead: ["12 sent apologies"],
  }),
  one("narrow", "how many gave their apologies at the April 2022 meeting", {
    meeting: M22,
    lead: ["2 sent apologies"],
  }),
  one("narrow", "how many people were absent from the February 2021 meeting", {
    meeting: M21,
    lead: ["0 sent apologies"],
  }),
  one("narrow", "number of apologies at the April 2023 meeting", {
    meeting: M23,
    lead: ["12 sent apologies"],
  }),
  one("narrow", "how many sent regrets to the latest meeting", {
    meeting: M23,
    lead: ["12 sent apologies"],
  }),
  // Counting who came.
  one("narrow", "how many people attended the April 2023 meeting", {
    meeting: M23,
    lead: ["24 people attended"],
  }),
  one("narrow", "how many people were at the June 2020 DMG", {
    meeting: M20,
    lead: ["13 people attended"],
  }),
  one("narrow", "how many attendees were there in February 2021", {
    meeting: M21,
    lead: ["36 people attended"],
  }),
  one("narrow", "number of people at the April 2022 meeting", {
    meeting: M22,
    lead: ["22 people attended"],
  }),
  // The meetings that discussed a subject.
  one("across", "list the meetings that discussed fraud", { meetings: [M22] }),
  one("across", "which meetings that discussed the Casey review", { meetings: [M23] }),
  one("across", "show me all meetings where fraud came up", { meetings: [M22] }),
  one("across", "every meeting that talked about the police and crime plan", {
    meetings: [M20, M21, M22],
  }),
  one("across", "how many meetings that discussed fraud", FRAUD_ONCE),
  one("across", "number of meetings that discussed fraud", FRAUD_ONCE),
  one("across", "count the meetings where fraud came up", FRAUD_ONCE),
  one("across", "in how many meetings was fraud discussed", FRAUD_ONCE),
  one("across", "which meetings have discussed fraud", { meetings: [M22] }),
  one("across", "when was fraud first discussed", { meeting: M22 }),
  one("across", "when was the police and crime plan last discussed", { meeting: M22 }),
  // A person's meetings.
  one("across", "list every meeting Sophie Linden attended", {
    says: ["Named in 4 meetings", "attended 4"],
  }),
  one("across", "which meetings did Sophie Linden attend", { says: ["attended 4"] }),
  one("across", "all the meetings Claire Waxman went to", {
    says: ["Named in 4 meetings", "sent apologies to 1"],
  }),
  one("across", "meetings attended by Claire Waxman", { says: ["attended 3"] }),
  one("across", "what meetings has Diana Luchford been to", { says: ["attended 3"] }),
  one("across", "show every meeting Claire Waxman sent apologies to", {
    says: ["sent apologies to 1"],
  }),
  one("across", "how many meetings did Sophie Linden attend", { says: ["attended 4"] }),
  // Second round: a person's own first and last meeting, both sides, organisations ranked.
  one("across", "when did Lynne Owens first attend", {
    says: ["First attended LCRB, 12 April 2023"],
  }),
  one("across", "when did Claire Waxman first attend a meeting", {
    says: ["First attended DMG, 8 June 2020"],
  }),
  one("across", "when did Sophie Linden last attend", {
    says: ["Last attended LCRB, 12 April 2023"],
  }),
  one("compare", "who attended both the 2022 and 2023 meetings", {
    meetings: [M22, M23],
    lead: ["At both"],
    says: ["Sadiq Khan"],
    saysNot: ["Lynne Owens", "Helen Ball"],
  }),
  one("compare", "who was at both the April 2022 and April 2023 meetings", {
    meetings: [M22, M23],
    lead: ["At both"],
    saysNot: ["Lynne Owens", "Helen Ball"],
  }),
  one("across", "which organisations attended the most meetings", { lead: ["Most: MOPAC"] }),
  one("narrow", "which organisation sent the most people to the April 2023 meeting", {
    meeting: M23,
    lead: ["Most: London Councils, MOPAC"],
  }),
  // Third round: when and where a meeting was held.
  one("narrow", "what time did the June 2020 meeting start", { meeting: M20, lead: ["14:00"] }),
  one("narrow", "what time was the 2015 meeting", { meeting: M15, says: ["15:30"] }),
  one("narrow", "where did the DMG meet in June 2020", { meeting: M20, says: ["MS Teams"] }),
  one("narrow", "where was the 2015 meeting held", { meeting: M15, says: ["Mayor's Office"] }),
  one("narrow", "what time did the April 2023 meeting start", {
    meeting: M23,
    says: ["do not record the start time"],
  }),
  one("across", "which meetings were held online", { meetings: [M20], says: ["MS Teams"] }),
  one("narrow", "what was the venue of the 2015 meeting", {
    meeting: M15,
    says: ["Mayor's Office"],
  }),
  one("narrow", "when did the June 2020 DMG begin", { meeting: M20, lead: ["14:00"] }),
  // Fourth round: a subject before, after or since a date.
  // Its first wording checked the silent search's sentence; since the twelfth round answers it
  // yes or no, the same facts are checked in the words of that answer.
  one("across", "was the Casey review discussed before 2023", {
    lead: ["No:", "before 2023"],
    says: ["12 April 2023"],
  }),
  one("across", "what was said about fraud before 2023", { meetingsInclude: [M22] }),
  one("across", "what was said about disproportionality after 2021", {
    meetingsInclude: [M23],
    meetingsExclude: [M21, M20],
  }),
  one("across", "what was said about the police and crime plan since 2021", {
    meetingsInclude: [M21, M22],
    meetingsExclude: [M20],
  }),
  one("relative", "the meeting after March 2015", { meeting: M20 }),
  one("across", "list the meetings before 2021", {
    says: ["10 March 2015", "8 June 2020"],
    saysNot: ["2 February 2021", "12 April 2023"],
  }),
  one("across", "fraud after April 2022", { says: ["No agenda item"] }),
  // Fifth round: whether someone chaired.
  one("narrow", "did Boris Johnson chair any meetings", {
    lead: ["Yes: Boris Johnson chaired LCRB, 10 March 2015"],
  }),
  one("narrow", "has Sophie Linden ever chaired a meeting", {
    lead: ["Yes: Sophie Linden chaired DMG, 8 June 2020"],
  }),
  one("narrow", "did Claire Waxman chair any meetings", { lead: ["No:"] }),
  one("narrow", "did Sophie Linden chair the April 2023 meeting", { meeting: M23, lead: ["No:"] }),
  one("narrow", "was Sadiq Khan the chair in April 2022", {
    meeting: M22,
    lead: ["Yes: Sadiq Khan chaired"],
  }),
  // Sixth round: who was new at, or left after, one meeting.
  one("compare", "who joined at the 2023 meeting", { meetings: [M22, M23], says: ["Lynne Owens"] }),
  one("compare", "who was new at the 2023 meeting", {
    meetings: [M22, M23],
    says: ["Lynne Owens"],
    saysNot: ["Helen Ball"],
  }),
  one("compare", "who left after the 2022 meeting", { meetings: [M22, M23], says: ["Helen Ball"] }),
  one("compare", "new faces at the April 2022 meeting", { meetings: [M21, M22] }),
  // Seventh round: a post named by its holder's role.
  one("narrow", "did the Mayor attend in 2021", {
    meeting: M21,
    says: ["Sadiq Khan"],
    saysNot: ["Diana Luchford"],
  }),
  one("narrow", "was the Mayor at the April 2023 meeting", {
    meeting: M23,
    says: ["Sadiq Khan"],
    saysNot: ["Diana Luchford"],
  }),
  // Eighth round: two whole meetings compared, no subject or attendance named.
  one("compare", "compare the April 2022 and April 2023 meetings", {
    meetings: [M22, M23],
    says: ["Tackling fraud", "Casey Review"],
  }),
  one("compare", "compare the 2022 meeting with the 2023 one", {
    meetings: [M22, M23],
    says: ["Tackling fraud", "Casey Review"],
  }),
  one("compare", "what changed between the 2021 and 2022 meetings?", {
    meetings: [M21, M22],
    says: ["Youth Action Plan", "Tackling fraud"],
  }),
  one("compare", "how did the 2023 meeting differ from 2022?", {
    meetings: [M22, M23],
    says: ["Casey Review", "Women's safety at night"],
  }),
  one("compare", "the 2015 meeting vs the 2021 meeting", {
    meetings: [M15, M21],
    says: ["Counter Terrorism", "Action Plan"],
  }),
  one("compare", "differences between the June 2020 DMG and the February 2021 LCRB", {
    meetings: [M20, M21],
    says: ["COVID-19", "Youth Action Plan"],
  }),
  one("compare", "compare the last two LCRB meetings", {
    meetings: [M22, M23],
    says: ["Tackling fraud", "Casey Review"],
  }),
  one("compare", "how was the 2023 meeting different from the one before", {
    meetings: [M22, M23],
    says: ["Casey Review", "Tackling fraud"],
  }),
  // Ninth round: the outcome of a discussion, asked without "decided" or "agreed".
  one("across", "what was the outcome of the counter terrorism discussion?", {
    meetingsInclude: [M15],
    says: ["This was agreed by the Board"],
    lead: ["Decisions"],
  }),
  one("across", "what was the outcome of the fraud item?", {
    meetingsInclude: [M22],
    says: ["roundtable"],
    lead: ["Decisions"],
  }),
  one("across", "what was concluded on public service reform?", {
    meetingsInclude: [M15],
    says: ["should be developed as proposed"],
    lead: ["Decisions"],
  }),
  one("across", "what came out of the women's safety at night discussion", {
    meetingsInclude: [M22],
    says: ["Women's Night Safety Charter"],
    lead: ["Decisions"],
  }),
  one("across", "what was the result of the terms of reference item", {
    meetingsInclude: [M22],
    says: ["approved the terms of reference"],
    lead: ["Decisions"],
  }),
  one("across", "what were the conclusions of the april 2022 meeting", {
    meeting: M22,
    says: ["approved the minutes"],
    lead: ["Decisions"],
  }),
  // Tenth round: "that" and "there" after an answer, for the meeting it came from.
  chat(
    ["what did the board say about disproportionality?", { meetingsInclude: [M23] }],
    ["which meeting was that?", { meeting: M23 }],
  ),
  chat(
    ["what was said about fraud", { meetingsInclude: [M22] }],
    ["when was that?", { meeting: M22 }],
  ),
  chat(
    ["who attended the DMG meeting", { meeting: M20 }],
    ["what was decided there?", { meeting: M20, says: ["The detailed notes were approved"] }],
  ),
  chat(
    ["what happened at the 2015 meeting", { meeting: M15 }],
    ["who was there?", { meeting: M15, says: ["Boris Johnson"] }],
  ),
  chat(
    ["what did Lynne Owens say about the Casey review?", { meetingsInclude: [M23] }],
    ["what else was discussed there?", { meeting: M23, says: ["Disproportionality"] }],
  ),
  chat(
    ["what was said about counter terrorism", { meetingsInclude: [M15] }],
    ["which meeting was it?", { meeting: M15 }],
  ),
  // Eleventh round: meetings and people ranked ("the most attendees", "attended the most").
  one("across", "which meeting had the most attendees?", {
    meeting: M21,
    lead: ["2 February 2021"],
    says: ["36"],
  }),
  one("across", "which was the best attended meeting", { lead: ["2 February 2021"] }),
  one("across", "which meeting had the fewest people", { lead: ["8 June 2020"], says: ["13"] }),
  one("across", "which meeting had the most apologies", { lead: ["12 April 2023"], says: ["12"] }),
  one("across", "which meeting had the most agenda items", {
    lead: ["27 April 2022"],
    says: ["8"],
  }),
  one("across", "who has attended the most meetings?", { lead: ["Doug Flight"], says: ["5"] }),
  one("across", "who sent apologies most often?", { lead: ["Jas Athwal", "Darren Rodwell"] }),
  one("across", "who attended every meeting", {
    lead: ["Doug Flight"],
    saysNot: ["Sophie Linden"],
  }),
  one("across", "who has been to the most LCRB meetings", { lead: ["Doug Flight"], says: ["4"] }),
  chat(
    ["which meeting had the most attendees", { meeting: M21 }],
    ["who chaired it?", { meeting: M21, says: ["Sadiq Khan"] }],
  ),
  // Twelfth round: whether a subject was discussed (at a meeting, in a year, ever): yes or no first.
  one("narrow", "was fraud discussed in 2022?", { lead: ["Yes:"], meetingsInclude: [M22] }),
  one("narrow", "was fraud discussed in 2023?", { lead: ["No:"], says: ["27 April 2022"] }),
  one("narrow", "did the board discuss the casey review in 2023?", {
    lead: ["Yes:"],
    meetingsInclude: [M23],
  }),
  one("narrow", "was the casey review on the agenda?", { lead: ["Yes:"], says: ["Casey Review"] }),
  one("narrow", "was fraud on the agenda in 2023?", { lead: ["No:"] }),
  one("cannot-know", "has knife crime ever been discussed?", { lead: ["No:"] }),
  one("narrow", "did they talk about counter terrorism at the 2015 meeting", {
    lead: ["Yes:"],
    meetingsInclude: [M15],
  }),
  one("narrow", "was disproportionality raised at the DMG?", {
    lead: ["Yes:"],
    meetingsInclude: [M20],
  }),
  one("across", "list all the agenda items about violence", {
    saysNot: ["“agenda violence”"],
    meetingsInclude: [M22],
  }),
  // Thirteenth round: a person's role or organisation, what they said, and an organisation's
  // regulars.
  one("narrow", "what is Lib Peck's role?", { lead: ["Lib Peck"], says: ["VRU", "LB Lambeth"] }),
  one("narrow", "which organisation is Barry Hughes from?", {
    lead: ["Barry Hughes"],
    says: ["CPS"],
  }),
  one("narrow", "who does Doug Flight represent?", {
    lead: ["Doug Flight"],
    says: ["London Councils"],
  }),
  one("narrow", "what's Sinead Dervin's job", { lead: ["Sinead Dervin"], says: ["NHS"] }),
  one("across", "who from MOPAC usually attends?", {
    lead: ["Diana Luchford", "Tony Hawker", "Will Balakrishnan"],
    saysNot: ["Doug Flight"],
  }),
  one("across", "which London Councils members attend most often", {
    lead: ["Doug Flight"],
    saysNot: ["Diana Luchford"],
  }),
  one("cannot-know", "what did Claire Waxman say?", {
    says: ["Claire Waxman"],
    saysNot: ["do not mention “claire”"],
  }),
  // Fourteenth round: years named from today ("last year", "this year"), on the case's own day,
  // and two everyday forms ("remind me what the DMG is", "how long ago was the last meeting").
  {
    ...one("narrow", "what happened at the meeting last year?", { meeting: M22 }),
    today: "2023-06-01",
  },
  {
    ...one("across", "any meetings this year?", {
      says: ["12 April 2023"],
      saysNot: ["27 April 2022"],
    }),
    today: "2023-06-01",
  },
  { ...one("narrow", "who attended the LCRB this year", { meeting: M22 }), today: "2022-12-01" },
  { ...one("narrow", "was fraud discussed last year", { lead: ["Yes:"] }), today: "2023-06-01" },
  { ...one("narrow", "what did the DMG discuss last year", { meeting: M20 }), today: "2021-05-01" },
  one("narrow", "remind me what the DMG is", { says: ["Delivery Management Group"] }),
  {
    ...one("narrow", "how long ago was the last meeting?", { says: ["12 April 2023"] }),
    today: "2023-06-01",
  },
  // Fifteenth round: one action by its number, whether actions were done, and who presented an
  // item or raised a subject.
  one("narrow", "who owns action 2 from 2015?", {
    meeting: M15,
    says: ["London Councils and MOPAC to continue working on the shared approach"],
    saysNot: ["CONTEST Board"],
  }),
  one("narrow", "what was action 1 at the march 2015 meeting", {
    meeting: M15,
    says: ["CONTEST Board"],
    saysNot: ["shared approach"],
  }),
  one("narrow", "were the actions from the 2015 meeting completed?", {
    meeting: M15,
    says: ["Action 1", "Action 2"],
  }),
  one("narrow", "who gave the operational update?", {
    meetingsInclude: [M22],
    says: ["Operational update"],
  }),
  one("narrow", "who presented the casey review item", {
    meetingsInclude: [M23],
    says: ["Lynne Owens"],
  }),
  one("narrow", "who raised police corruption?", {
    meetingsInclude: [M15],
    says: ["the Mayor raised the issue of police corruption"],
  }),
  // Sixteenth round: one discussion of a meeting summed up, named by its subject.
  one("topic-meeting", "summarise the fraud discussion", {
    meeting: M22,
    lead: ["Tackling fraud"],
    saysNot: ["Welcome and apologies"],
  }),
  one("topic-meeting", "summary of the counter terrorism item", {
    meeting: M15,
    lead: ["Counter Terrorism"],
    saysNot: ["Public Service Reform"],
  }),
  one("topic-meeting", "tell me about the casey review discussion", {
    meeting: M23,
    lead: ["Casey Review"],
  }),
  one("topic-meeting", "what happened in the women's safety at night discussion", {
    meeting: M22,
    lead: ["Women's safety at night"],
  }),
  // Seventeenth round: the organisations at a meeting or on a board, a meeting's topics, and the
  // subjects that come back meeting after meeting.
  one("narrow", "which organisations attended the 2023 meeting", {
    meeting: M23,
    lead: ["9 organisations"],
    says: ["London Prisons Group", "VRU"],
  }),
  one("narrow", "how many organisations were at the April 2023 board", {
    meeting: M23,
    lead: ["9 organisations"],
  }),
  one("narrow", "which partners were represented at the DMG", {
    meeting: M20,
    lead: ["8 organisations"],
  }),
  one("across", "what agencies sit on the board", {
    meetingsInclude: [M15, M21, M22, M23],
    meetingsExclude: [M20],
    says: ["MOPAC", "London Councils", "Crown Prosecution Service"],
  }),
  one("across", "which bodies are members of the LCRB", {
    meetingsInclude: [M15, M21, M22, M23],
    meetingsExclude: [M20],
    says: ["MOPAC", "London Councils"],
  }),
  one("narrow", "what topics were discussed at the 2021 meeting", {
    meeting: M21,
    says: ["Tackling ethnic disproportionality in the Youth Action Plan", "Any other business"],
  }),
  one("narrow", "what issues were covered in April 2022", {
    meeting: M22,
    says: ["Women's safety at night", "Tackling fraud"],
  }),
  one("narrow", "what were the main themes in 2021", {
    meeting: M21,
    says: ["Police and Crime Plan (PCP): update and preparing for the next plan"],
  }),
  one("across", "which agenda items recur", {
    meetingsInclude: [M20, M21, M22],
    lead: ["Police and Crime Plan"],
  }),
  one("across", "what topics came up most often", {
    meetingsInclude: [M20, M21, M22],
    lead: ["Police and Crime Plan"],
  }),
  // Eighteenth round: decisions and promises asked straight after a meeting's answer, with no
  // meeting named, are that meeting's; what is outstanding or still open is the actions.
  chat(
    ["who attended the fraud meeting", { meeting: M22 }],
    ["and the one before?", { meeting: M21 }],
    ["what was decided?", { meeting: M21 }],
  ),
  chat(
    ["what happened at the 2015 meeting", { meeting: M15 }],
    ["what was promised?", { meeting: M15 }],
  ),
  chat(
    ["who chaired the DMG", { meeting: M20 }],
    ["what did they agree?", { meeting: M20, says: ["The detailed notes were approved"] }],
  ),
  one("narrow", "what's outstanding from the last meeting", {
    meeting: M23,
    says: ["resettlement"],
  }),
  one("narrow", "what is outstanding from 2015", {
    meeting: M15,
    says: ["Action 1", "CONTEST"],
  }),
  one("across", "which actions are still open", {
    meetingsInclude: [M15],
    says: ["Action 1"],
    saysNot: ["“still”"],
  }),
  one("narrow", "any outstanding actions from the DMG?", {
    says: ["No actions are recorded at DMG meetings", "Commitment, DMG, 8 June 2020"],
  }),
  // Nineteenth round: who followed or came before someone in their post, read from the
  // attendance lists, and a meeting held on MS Teams.
  one("narrow", "who replaced Craig Mackey", {
    says: ["Stephen House", "deputy commissioner"],
    saysNot: ["do not mention"],
  }),
  one("narrow", "who took over from Stephen House as deputy commissioner", {
    says: ["Helen Ball"],
  }),
  one("narrow", "who did Helen Ball replace", {
    says: ["Stephen House"],
    saysNot: ["Craig Mackey"],
  }),
  one("narrow", "who was Stephen Greenhalgh's successor", {
    says: ["Sophie Linden"],
  }),
  one("narrow", "who replaced Sophie Linden", {
    says: ["No one"],
    saysNot: ["Stephen Greenhalgh"],
  }),
  one("narrow", "which meeting was held on MS Teams", {
    meetingsInclude: [M20],
    says: ["MS Teams"],
  }),
  // Twentieth round: a subject between two years however the range is placed, attendance
  // meeting by meeting, and how often a board meets.
  one("across", "what was said about disproportionality between 2020 and 2022", {
    meetingsInclude: [M20, M21],
    meetingsExclude: [M15, M23],
  }),
  one("across", "from 2020 to 2022 what was said about disproportionality", {
    meetingsInclude: [M20, M21],
    meetingsExclude: [M15, M23],
  }),
  one("across", "did attendance go up or down over time", {
    meetings: [M15, M20, M21, M22, M23],
    ordered: true,
    says: ["36"],
  }),
  one("across", "how many people attended each meeting", {
    meetings: [M15, M20, M21, M22, M23],
    ordered: true,
    says: ["36", "13"],
  }),
  one("across", "how often does the board meet", {
    meetings: [M15, M21, M22, M23],
  }),
  // Twenty-first round: someone the passages name only by their post (or their organisation,
  // when no one else came from it), and someone they never name: never "not mentioned".
  one("narrow", "what did Craig Mackey say about corruption", {
    meetingsInclude: [M15],
    says: ["The Deputy Commissioner explained"],
    saysNot: ["do not mention “craig”"],
  }),
  one("narrow", "Lib Peck VRU update", {
    meetingsInclude: [M21],
    says: ["short update on the work of the VRU"],
    saysNot: ["do not mention “lib”"],
  }),
  one("narrow", "what did Jules Pipe raise", {
    says: ["attendance lists"],
    saysNot: ["police corruption", "do not mention “jules”"],
  }),
  one("narrow", "what did Stephen Greenhalgh say about reoffending", {
    says: ["attendance lists"],
    saysNot: ["do not mention “stephen”"],
  }),
  // Twenty-second round: questions typed as people type in chat, with misspelt question words
  // and the usual abbreviations.
  one("narrow", "wat happend at the last meetin", { meeting: M23 }),
  one("narrow", "who woz at the dmg", { meeting: M20, says: ["Sophie Linden"] }),
  one("narrow", "next mtg", { lead: ["No upcoming meeting"] }),
  one("narrow", "whos the chair", { meeting: M23, says: ["Sadiq Khan"] }),
  one("narrow", "who r the ppl from mopac at the last mtg", {
    meeting: M23,
    says: ["Diana Luchford"],
    saysNot: ["Cllr Ian Edwards"],
  }),
  one("across", "wot was decided abt fraud", { says: ["roundtable"] }),
  // Twenty-third round: the meetings that did not discuss a subject, who missed a meeting, who
  // never sent apologies, the last item of a meeting, and how many different people came.
  one("across", "which meetings did not discuss the police and crime plan", {
    meetings: [M15, M23],
  }),
  one("across", "which meetings never mentioned fraud", { meetings: [M15, M20, M21, M23] }),
  one("narrow", "who missed the 2023 meeting", { meeting: M23, lead: ["12 sent apologies"] }),
  one("across", "who has never sent apologies", {
    says: ["Sophie Linden"],
    saysNot: ["Kenny Bowie"],
  }),
  one("narrow", "what was the last item at the 2022 meeting", {
    meeting: M22,
    lead: ["7 Any other business"],
  }),
  // Twenty-fourth round: the latest on a subject is where it last came up, not the best match.
  one("across", "what's the latest on the police and crime plan", { meeting: M22 }),
  one("across", "any update on disproportionality", { meeting: M23 }),
  one("across", "latest news on fraud", { meeting: M22 }),
  one("across", "most recent mention of the VRU", { meeting: M21 }),
  // Twenty-fifth round: follow-ups with no "there" or "it": what else came up, and the next or
  // previous meeting asked in the past tense.
  chat(
    ["what was said about fraud", { meetingsInclude: [M22] }],
    ["who was there?", { meeting: M22 }],
    ["what else came up?", { meeting: M22, says: ["Women's safety at night"] }],
  ),
  chat(
    ["who attended the 2021 meeting", { meeting: M21 }],
    ["when was the next one?", { meeting: M22 }],
    ["who chaired the one before that?", { meeting: M21, says: ["Sadiq Khan"] }],
  ),
  chat(
    ["who chaired the DMG", { meeting: M20 }],
    ["what else was on the agenda?", { meeting: M20, says: ["COVID-19"] }],
  ),
  // Twenty-sixth round: chairs across meetings, ranked and over time.
  one("across", "who chaired the most meetings", { lead: ["Sadiq Khan"], says: ["3 meetings"] }),
  one("across", "has the chair changed", { says: ["Boris Johnson", "Sadiq Khan"] }),
  one("across", "who has chaired the board over the years", {
    says: ["Boris Johnson", "Sadiq Khan"],
    saysNot: ["Stephen House"],
  }),
];
