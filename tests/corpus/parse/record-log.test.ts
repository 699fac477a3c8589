import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { readRecordLog } from "../../../src/corpus/parse/record-log.js";

// unseen-minutes-10/80: a secretariat's spreadsheet log exported as TSV, the meeting's columns
// repeated on every row, a record-type column, a quoted cell over two lines.
const MEETING = "DMG\t14/04/2026\t10:00\tMS Teams";
const LOG = [
  "Meeting\tMeeting date\tStart\tVenue\tRecord type\tRef\tItem no\tName / title\tOrganisation\tRole\tDetail\tOwner\tDue\tStatus",
  `${MEETING}\tAttendance\t\t\tNgozi Ashworth-Bello\tMOPAC\tChair\t\t\t\tPresent`,
  `${MEETING}\tAttendance\t\t\tDr Ifeoma Castellanos\tNHS England (London)\t\t\t\t\tApologies`,
  `${MEETING}\tAttendance\t\t\tRowena Pickersgill-Aidoo\tMOPAC\tSecretariat\t\t\t\tIn attendance`,
  `${MEETING}\tItem\t\t2\tHate crime after the Walthamstow incident\t\t\t"Supt Fitzwilliam-Ade said reported hate crime in the borough had doubled in the fortnight after the incident and was now falling.`,
  `Cllr Okonjo-Marsh said faith leaders wanted a single briefing from police and council."\t\t\t`,
  `${MEETING}\tAction\tA26/11\t2\t\t\t\tMPS to hold a joint briefing with faith leaders in Waltham Forest\tMPS\t30/04/2026\tOpen`,
  `${MEETING}\tNext meeting\t\t\t\t\t\t12/05/2026 10:00, MS Teams\t\t\t`,
].join("\r\n");

describe("readRecordLog", () => {
  it("reads each row by its record type and its columns' titles", () => {
    const meeting = parseMinutes(LOG, "log.txt").meeting;
    expect(meeting).toMatchObject({ body: "DMG", date: "2026-04-14", time: "10:00" });
    expect(meeting?.venue).toBe("MS Teams");
    expect(meeting?.attendees.map((a) => [a.name, a.status, a.organisation, a.role])).toEqual([
      ["Ngozi Ashworth-Bello", "present", "MOPAC", "Chair"],
      ["Ifeoma Castellanos", "apologies", "NHS England (London)", null],
      ["Rowena Pickersgill-Aidoo", "in_attendance", "MOPAC", "Secretariat"],
    ]);
    expect(meeting?.actions.map((a) => [a.id, a.item, a.owner, a.line])).toEqual([
      ["A26/11", "2", "MPS", 7],
    ]);
    expect(meeting?.nextMeetings.map((n) => [n.date, n.time, n.venue])).toEqual([
      ["2026-05-12", "10:00", "MS Teams"],
    ]);
  });

  it("keeps a quoted cell's line break inside its row, each part on its own line", () => {
    const item = readRecordLog(LOG)?.sections.items[0];
    expect([item?.number, item?.title, item?.line]).toEqual([
      "2",
      "Hate crime after the Walthamstow incident",
      5,
    ]);
    expect(item?.lines.map((l) => l.line)).toEqual([5, 6]);
  });

  it("reads a CSV log whose meeting's columns come last and whose cells are quoted only when they hold a comma", () => {
    const csv = [
      "Row type,Ref,Item,Title or name,Organisation,Post,Attendance,Notes,Owner,Deadline,Meeting,Date,Start time,Location",
      'Attendee,,,Commander Idris Vantongeren,MPS,,Attended,,,,LCRB,18/11/2026,14:00,"Committee Room 3, City Hall"',
      'Agenda item,,1,Welcome and minutes of 16 September,,,,The minutes were agreed.,,,LCRB,18/11/2026,14:00,"Committee Room 3, City Hall"',
    ].join("\n");
    const meeting = parseMinutes(csv, "log.csv.txt").meeting;
    expect(meeting?.venue).toBe("Committee Room 3, City Hall");
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.organisation])).toEqual([
      ["Commander", "Idris Vantongeren", "MPS"],
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome and minutes of 16 September"],
    ]);
  });

  it("leaves a table with no record-type column, or rows of one kind, to the section walk", () => {
    expect(
      readRecordLog("Name\tOrganisation\tRole\tStatus\tNotes\nAda Lovell\tMOPAC\tChair\tPresent\t"),
    ).toBeNull();
    expect(
      readRecordLog(
        "Type\tName\tOrganisation\tRole\tStatus\nAttendance\tAda Lovell\tMOPAC\tChair\tPresent",
      ),
    ).toBeNull();
  });

  it("reads a kind column titled 'Entry', an 'Apology' row with the apologies' status (layout-variants-10b-2/117)", () => {
    const meeting = "19/01/2027\tDMG\t10:30\tRoom 3.12, 169 Union Street";
    const log = [
      "Entry\tDate\tGroup\tTime\tWhere\tNo\tWho / what\tAgency\tJob title\tNotes\tOwner\tDue",
      `Present\t${meeting}\t\tImogen Castellane-Obi\tMOPAC\tChair\t\t\t`,
      `Apology\t${meeting}\t\tLorcan Villiers-Adebayo\tLondon Fire Brigade\t\t\t\t`,
      `Agenda\t${meeting}\t1\tNotes and actions of December\t\t\tAgreed; actions 4 and 5 closed.\t\t`,
    ].join("\n");
    const read = parseMinutes(log, "log.txt").meeting;
    expect(read?.venue).toBe("Room 3.12, 169 Union Street");
    expect(read?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Imogen Castellane-Obi", "present"],
      ["Lorcan Villiers-Adebayo", "apologies"],
    ]);
    expect(read?.items.map((i) => i.title)).toEqual(["Notes and actions of December"]);
  });
});
