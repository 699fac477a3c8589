import { at, org, roleAt, type SeedExpectation } from "./expectation.js";

// A GLA web page: the date comes from the title line (and the "Publication date:" line agrees),
// no time or venue is given, and lines 15-23 are a contents list, not agenda items.
// Everyone under "Board and advisors" is a member, one "Name, Description" per paragraph.
export const expected: SeedExpectation = {
  file: "001_c2fb2c5d5dd83175.txt",
  id: "lcrb-2021-02-02",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2021-02-02",
  time: null,
  venue: null,
  attendees: [
    // "Mayor of London, Chair": two role parts, no organisation part; not asserted.
    at(27, "Sadiq Khan", "present"),
    at(29, "Sophie Linden", "present", null, roleAt("Deputy Mayor for Policing and Crime", null)),
    at(31, "Debbie Weekes-Bernard", "present"),
    at(
      33,
      "Stephen House",
      "present",
      "Sir",
      roleAt("Deputy Commissioner", "Metropolitan Police Service"),
    ),
    // "Director MOPAC" with no comma: not asserted.
    at(35, "Will Balakrishnan", "present"),
    at(37, "James Bottomley", "present", null, org("MOPAC")),
    at(39, "Natasha Plummer", "present", null, org("MOPAC")),
    at(41, "Lib Peck", "present", null, org("VRU")),
    // "London Victims Commissioner" is a role that contains "Commission": not asserted.
    at(43, "Claire Waxman", "present"),
    at(45, "John O'Brien", "present", null, org("London Councils")),
    at(47, "Doug Flight", "present", null, org("London Councils")),
    at(49, "Carolyn Downs", "present", null, org("London Councils")),
    at(51, "Gareth Roberts", "present", "Cllr", org("London Councils")),
    at(53, "Rachael Robathan", "present", "Cllr", org("London Councils")),
    at(55, "Jas Athwal", "present", "Cllr", org("London Councils")),
    at(57, "Georgia Gould", "present", null, org("London Councils")),
    at(59, "Colin Allars", "present", null, org("Youth Justice Board")),
    at(61, "Damien McCleave", "present", null, org("HMCTS")),
    at(63, "Lionel Idan", "present", null, org("Crown Prosecution Service")),
    at(65, "Barry Hughes", "present", null, org("Crown Prosecution Service")),
    at(67, "Phil Douglas", "present", null, org("Ministry of Justice")),
    at(69, "Sinead Dervin", "present", null, org("NHS England")),
    at(71, "Kilvinder Vigurs", "present", null, org("NPS")),
    // "HMPPS" is not one of the convention's listed acronyms; not asserted.
    at(73, "Ian Bickers", "present"),
    at(75, "Nick Bowes", "present", null, org("Mayor of London's Private Office")),
    at(77, "Sasha Salmon", "present", null, org("Mayor of London's Private Office")),
    at(79, "Tom Pickup", "present", null, org("London Councils")),
    at(81, "Ed Wardley", "present", null, org("MOPAC")),
    at(83, "Tom Burnham", "present", null, org("MOPAC")),
    at(85, "Paul Rowan", "present", null, org("MOPAC")),
    at(87, "Roisin Briody", "present", null, org("MOPAC")),
    at(89, "Michelle Chapman", "present", null, org("MPS")),
    at(91, "Rory Murray", "present", null, org("MPS")),
    at(93, "Daniel Houghton", "present", null, org("London Councils")),
    at(95, "Jade Appleton", "present", null, org("London Councils")),
    at(97, "Tony Hawker", "present", null, org("MOPAC")),
  ],
  items: [
    { number: "1", title: "Agreement of minutes", line: 99 },
    {
      number: "2",
      title: "The Action Plan - transparency, accountability and trust in policing",
      line: 101,
    },
    {
      number: "3",
      title: "Tackling ethnic disproportionality in the Youth Action Plan",
      line: 107,
    },
    {
      number: "4",
      title: "Police and Crime Plan (PCP): update and preparing for the next plan",
      line: 113,
    },
    { number: "5", title: "Any other business", line: 121 },
  ],
  actions: [],
  nextMeetings: [],
};
