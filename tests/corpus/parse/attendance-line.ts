import type { AttendanceStatus } from "../../../src/corpus/model.js";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";

/** The people on an attendance line as [honorific, name, status]: what most tests compare. */
export const brief = (raw: string, status: AttendanceStatus = "present") =>
  readAttendanceLine(raw, status).map((p) => [p.honorific, p.name, p.status]);

/** The people on a line read under "Present", as [honorific, name, role, organisation]. */
export const people = (line: string) =>
  readAttendanceLine(line, "present").map((p) => [p.honorific, p.name, p.role, p.organisation]);
