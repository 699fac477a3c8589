import { at, org, roleAt, type SeedExpectation } from "./expectation.js";

// A DMG meeting: "Delivery Management Group" stands under the Board's name on line 5.
// Attendance is a tab-separated two-column table under "Group" and "Officers".
export const expected: SeedExpectation = {
  file: "000_bc5123fd089beeb5.txt",
  id: "dmg-2020-06-08",
  body: "DMG",
  title: "Delivery Management Group",
  date: "2020-06-08",
  time: "14:00",
  venue: "MS Teams",
  attendees: [
    // "Sophie Linden\tDMPC (Co-chair)," — DMPC is a title, not an organisation: not asserted.
    at(13, "Sophie Linden", "present"),
    // "Deputy Commissioner, MPS (Co-chair)": the bracket makes the organisation part doubtful.
    at(14, "Stephen House", "present", "Sir"),
    at(15, "Diana Luchford", "present", null, roleAt("CEO", "MOPAC")),
    at(16, "Claire Waxman", "present"),
    at(17, "Paul Wylie", "present"),
    at(18, "Colin Allars", "present", null, org("Youth Justice Board")),
    // "NHSE": an acronym, but not one of the convention's listed ones; not asserted.
    at(19, "Sinead Dervin", "present"),
    at(20, "Carina Heckroodt", "present", null, org("NPS")),
    at(21, "Clive Grimshaw", "present", null, org("London Councils")),
    at(22, "Doug Flight", "present", null, org("London Councils")),
    at(23, "Barry Hughes", "present", null, org("CPS")),
    at(27, "Andy Davis", "in_attendance", null, org("MOPAC")),
    at(28, "Tony Hawker", "in_attendance", null, org("MOPAC")),
  ],
  items: [
    { number: "1", title: "Welcome, Minutes and Actions", line: 30 },
    { number: "2", title: "Policing and Community Relations", line: 34 },
    { number: "3", title: "COVID-19: Impact on Delivery", line: 42 },
    { number: "4", title: "Police and Crime Plan", line: 48 },
    { number: "5", title: "LCRB Agenda", line: 52 },
    { number: "6", title: "Any Other Business", line: 56 },
  ],
  actions: [],
  // "Date of next meetings" (line 60) heads this list; it is not an agenda item.
  nextMeetings: [
    { body: "LCRB", date: "2020-07-08", time: null, venue: null, line: 62 },
    { body: "DMG", date: "2020-09-07", time: null, venue: null, line: 64 },
  ],
};
