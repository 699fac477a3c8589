import { at, org, roleAt, type SeedExpectation } from "./expectation.js";

// A 2015 Word document: "3:30" with no am/pm in an afternoon meeting, the venue after the time,
// titles of office before names ("Mayor", "Deputy Commissioner"), "ITEM n." headings, numbered
// paragraphs 1-10 that run across items (not items), actions under items 3 and 4, and a
// one-line next-meeting notice.
export const expected: SeedExpectation = {
  file: "004_17215f53eb22288e.txt",
  id: "lcrb-2015-03-10",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2015-03-10",
  time: "15:30",
  venue: "Mayor's Office, City Hall, GLA",
  attendees: [
    at(13, "Boris Johnson", "present", "Mayor", roleAt("Chair", null)),
    at(14, "Stephen Greenhalgh", "present", null, roleAt("DMPC", "MOPAC")),
    at(15, "Helen Bailey", "present", null, roleAt("COO", "MOPAC")),
    at(16, "Marie Snelling", "present", null, roleAt("Director", "MOPAC")),
    at(17, "Rebecca Lawrence", "present", null, roleAt("Director", "MOPAC")),
    // "Metropolitan Police Service (MPS)": the bracketed acronym makes the exact string doubtful.
    at(18, "Craig Mackey", "present", "Deputy Commissioner"),
    // "CEO, CRC London": an acronym plus a place; not asserted.
    at(19, "Nick Smart", "present"),
    at(20, "John O'Brien", "present", null, roleAt("CEO", "London Councils")),
    at(21, "Jules Pipe", "present", "Mayor", org("London Councils")),
    at(22, "Lib Peck", "present", "Cllr", org("LB Lambeth")),
    at(23, "Richard Cornelius", "present", "Cllr", org("LB Barnet")),
    // "CEO LB Wandsworth": role and organisation with no separator; not asserted.
    at(24, "Paul Martin", "present"),
    at(25, "Baljit Ubhey", "present", null, org("Crown Prosecution Service")),
    at(26, "Lucy Bogue", "present", null, org("Ministry of Justice")),
    at(27, "Joanne Murfitt", "present", null, org("NHS England")),
    // "CEO Waltham Forest, Chair Prevent": two roles; not asserted.
    at(28, "Martin Esom", "present"),
    at(29, "Kate Gilbert", "present", null, org("Probation")),
    at(33, "Dan Hales", "in_attendance", null, org("MOPAC")),
    at(34, "Doug Flight", "in_attendance", null, org("London Councils")),
    at(35, "Tony Hawker", "in_attendance", null, org("MOPAC")),
  ],
  items: [
    { number: "1", title: "Welcome and Introductions", line: 37 },
    { number: "2", title: "Minutes Of Last Meeting/Actions (15 September)", line: 41 },
    { number: "3", title: "Counter Terrorism", line: 45 },
    { number: "4", title: "Public Service Reform", line: 56 },
    { number: "5", title: "Any other business", line: 69 },
  ],
  actions: [
    {
      id: "1",
      item: "3",
      textStart: "Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet",
      line: 54,
    },
    {
      id: "2",
      item: "4",
      textStart: "London Councils and MOPAC to continue working on the shared approach",
      line: 67,
    },
  ],
  nextMeetings: [{ body: "LCRB", date: "2015-06-09", time: "12:00", venue: "City Hall", line: 73 }],
};
