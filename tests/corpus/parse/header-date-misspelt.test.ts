import { describe, expect, it } from "vitest";
import { misspeltDate, misspeltMonth } from "../../../src/corpus/parse/header-date-misspelt.js";
import { headerLines, readHeaderDate } from "../../../src/corpus/parse/header-date-readers.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// Header lines from tests/fixtures/unseen-minutes-5/44 (a misspelt month) and corpus/ (spelt right).
function header(text: string) {
  const lines = toTextLines(text);
  return headerLines(lines, lines);
}

describe("misspeltMonth", () => {
  it.each([
    ["Septmber", 9],
    ["Febuary", 2],
    ["Ocotber", 10],
    ["Decmber", 12],
  ])("reads '%s' as month %i", (word, month) => {
    expect(misspeltMonth(word)).toBe(month);
  });

  it("reads a word as near two months as neither ('Jule': June or July)", () => {
    expect(misspeltMonth("Jule")).toBe(0);
  });

  it("reads no month in words further from one ('items', 'Mayor', 'members')", () => {
    for (const word of ["items", "Mayor", "members", "Minuets"])
      expect(misspeltMonth(word)).toBe(0);
  });
});

describe("the misspelt month date reader", () => {
  it("dates 'Minuets of the meeting held on Thursday 12 Septmber 2024 at 2.00pm, City Hall'", () => {
    const lines = header(
      "London Crime Reduction Board (LCRB)\n\nMinuets of the meeting held on Thursday 12 Septmber 2024 at 2.00pm, City Hall",
    );
    expect(misspeltDate.read(lines)?.date.iso).toBe("2024-09-12");
    expect(readHeaderDate(lines)?.date.iso).toBe("2024-09-12");
  });

  it("reads a misspelt month only on a line that states the meeting, or one that is only the date", () => {
    expect(
      misspeltDate.read(
        header(
          "London Crime Reduction Board\nMinutes of the meeting held at City Hall\nPapers circulated 3 Jane 2024 by the secretariat",
        ),
      ),
    ).toBeNull();
    expect(
      misspeltDate.read(header("London Crime Reduction Board\n\nThursday 12 Septmber 2024"))?.date
        .iso,
    ).toBe("2024-09-12");
  });

  it("reads no date from a day and year around another word ('Attended by 12 members 2024')", () => {
    expect(misspeltDate.read(header("Attended by 12 members 2024"))).toBeNull();
  });
});
