import { at, org, roleAt, type SeedExpectation } from "./expectation.js";

// "Name (XX) Description" lines, a mistyped "((WB)", and line 35 running eighteen people together
// with "**Apologies**" and "**Officials in attendance**" headings in the middle of it. The
// "Apologies were received from Councillor Athwal and Councillor Rodwell." sentence (line 43)
// names people already listed, so it adds no one. "Welcome and apologies" is an unnumbered item.
export const expected: SeedExpectation = {
  file: "003_0417dfde59a34df8.txt",
  id: "lcrb-2022-04-27",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2022-04-27",
  time: null,
  venue: null,
  attendees: [
    at(19, "Sadiq Khan", "present", null, roleAt("Mayor", null)),
    at(21, "Sophie Linden", "present", null, roleAt("Deputy Mayor", "MOPAC")),
    // "Deputy Commissioner of the MPS": no comma to split on; not asserted.
    at(23, "Helen Ball", "present"),
    at(25, "Debbie Weekes-Bernard", "present", null, roleAt("Deputy Mayor", null)),
    at(27, "Barry Hughes", "present", null, roleAt("Chief Crown Prosecutor", "CPS")),
    at(29, "Lionel Idan", "present", null, roleAt("Chief Crown Prosecutor", "CPS")),
    at(31, "Will Balakrishnan", "present", null, roleAt("Director, C&P", "MOPAC")),
    // "Director, S&MPS Oversight MOPAC": the last part runs role and organisation together.
    at(33, "Kenny Bowie", "present"),
    at(35, "Ian Bickers", "present", null, org("London Prisons")),
    at(35, "Sinead Dervin", "present", null, org("NHS England")),
    at(35, "Carolyn Downs", "present", null, org("London Councils")),
    at(35, "Diana Luchford", "present", null, roleAt("CEO", "MOPAC")),
    at(35, "Racheal Robathan", "present", "Cllr", org("London Council")),
    at(35, "Gareth Roberts", "present", null, org("London Council")),
    at(35, "Rhiannon Sawyer", "present", null, roleAt("Asst Director", "VRU")),
    at(35, "Claudia Strut", "present", null, roleAt("CEO", "YJB")),
    at(35, "Kilvinder Vigurs", "present", null, roleAt("Regional Director", "NPS")),
    // "London Victims Commissioner" is a role that contains "Commission": not asserted.
    at(35, "Claire Waxman", "present"),
    at(35, "Jas Athwal", "apologies", "Cllr", org("London Councils")),
    at(35, "Darren Rodwell", "apologies", "Cllr", org("London Council")),
    at(35, "Doug Flight", "in_attendance", null, roleAt("Advisor", "London Councils")),
    at(35, "Jane E Garvan", "in_attendance", null, roleAt("HQ Strategy and Governance", "MPS")),
    at(37, "Tina Price", "in_attendance", null, roleAt("Officer", "MOPAC")),
    at(39, "Naomi Sterling", "in_attendance", null, roleAt("Senior Advisor", "MOPAC")),
  ],
  items: [
    { number: null, title: "Welcome and apologies", line: 41 },
    { number: "1", title: "Minutes of the previous meeting and matters arising", line: 45 },
    { number: "2", title: "Partnership board terms of reference", line: 51 },
    { number: "3", title: "Operational update", line: 55 },
    { number: "4", title: "Police and Crime Plan: update", line: 67 },
    { number: "5", title: "Women's safety at night", line: 73 },
    { number: "6", title: "Tackling fraud", line: 83 },
    { number: "7", title: "Any other business", line: 97 },
  ],
  actions: [],
  nextMeetings: [],
};
