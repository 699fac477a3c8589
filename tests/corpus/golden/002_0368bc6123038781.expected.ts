import { at, org, type SeedExpectation } from "./expectation.js";

// A GLA web page with a linked contents list (lines 11-17), an attendance heading that is
// numbered ("1. Attendees and apologies"), numbered lists inside item 2, and a heading
// "2. Item 3 - Disproportionality" that is item 3. No time, venue, actions or next meeting.
export const expected: SeedExpectation = {
  file: "002_0368bc6123038781.txt",
  id: "lcrb-2023-04-12",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2023-04-12",
  time: null,
  venue: null,
  attendees: [
    // "Mayor of London (Chair)": a role with a bracket; not asserted.
    at(21, "Sadiq Khan", "present"),
    // "DMPC" is a title of office written as an acronym; not asserted.
    at(23, "Sophie Linden", "present"),
    at(25, "Diana Luchford", "present", null, org("MOPAC")),
    at(27, "Will Balakrishnan", "present", null, org("MOPAC")),
    at(29, "Tamara Barnett", "present", null, org("MOPAC")),
    at(31, "James Bottomley", "present", null, org("MOPAC")),
    at(33, "Natasha Plummer", "present", null, org("MOPAC")),
    at(35, "Sarah Bott", "present", null, org("MOPAC")),
    at(37, "Connie Stygall", "present", null, org("MOPAC")),
    at(39, "Lynne Owens", "present", "Dame", org("MPS")),
    at(41, "Jane Garvan", "present", null, org("MPS")),
    at(43, "Lib Peck", "present", null, org("VRU")),
    at(45, "Ian Edwards", "present", "Cllr", org("London Councils")),
    at(47, "Gareth Roberts", "present", "Cllr", org("London Councils")),
    at(49, "Daniel Houghton", "present", null, org("London Councils")),
    at(51, "Nesil Caliskan", "present", "Cllr", org("London Councils")),
    at(53, "Althea Loderick", "present", null, org("London Councils")),
    at(55, "Doug Flight", "present", null, org("London Councils")),
    at(57, "Ella Watson", "present", null, org("London Councils")),
    at(59, "Kilvinder Vigurs", "present", null, org("Probation")),
    // "CPS South" / "CPS North": an acronym plus a region; not asserted.
    at(61, "Lionel Idan", "present"),
    at(63, "Barry Hughes", "present"),
    at(65, "Ian Bickers", "present", null, org("London Prisons Group")),
    at(66, "Sinead Dervin", "present", null, org("NHS")),
    at(70, "Kenny Bowie", "apologies", null, org("MOPAC")),
    at(71, "Ali Griffin", "apologies", null, org("London Councils")),
    at(72, "Claudia Stuart", "apologies", null, org("YJB")),
    at(73, "Henry Smithers", "apologies", null, org("YJB")),
    at(74, "Fiona Taylor", "apologies", null, org("London Councils")),
    // "DMC&SJ" is a title of office; not asserted.
    at(75, "Debbie Weekes Bernard", "apologies"),
    at(76, "Darren Rodwell", "apologies", "Cllr", org("London Councils")),
    // "EVAW" is an organisation, but not a listed acronym; not asserted.
    at(77, "Andrea Simon", "apologies"),
    at(78, "Jas Athwal", "apologies", "Cllr", org("London Councils")),
    at(79, "Cheryl De Freitas", "apologies", null, org("YJB")),
    at(80, "Claire Waxman", "apologies", null, org("MOPAC")),
    at(81, "Joanne Towens", "apologies", null, org("HMCTS")),
  ],
  items: [
    { number: "1", title: "Welcome, minutes and previous actions", line: 83 },
    { number: "2", title: "Casey Review", line: 87 },
    { number: "3", title: "Disproportionality", line: 105 },
  ],
  actions: [],
  nextMeetings: [],
};
