import { findDates, findDaysWithoutYear, findMonthYears, isoDate, weekdayOf } from "./dates.js";
import type { HeaderDateReader } from "./header-date-readers.js";

/**
 * "… (DMG) – July 2020" | "Notes of the meeting held on Monday 13 July …": a day and month without
 * a year, completed by a month and year named elsewhere in the header, or else by the publication
 * date (the meeting is on or before it). A weekday, when written, must agree with the year taken.
 */
export const yearlessDate: HeaderDateReader = {
  name: "day and month, the year from elsewhere",
  example:
    "Delivery Management Group (DMG) – July 2020\nNotes of the meeting held on Monday 13 July via Microsoft Teams",
  read: ({ stated, candidates, published }) => {
    const monthYears = candidates.flatMap((l) => findMonthYears(l.text));
    const publication = published.flatMap((l) => findDates(l.text))[0]?.iso ?? null;
    for (const line of stated)
      for (const day of findDaysWithoutYear(line.text)) {
        const years = monthYears.filter(([month]) => month === day.month).map(([, year]) => year);
        const options = years.map((year) => isoDate(year, day.month, day.day));
        if (publication) {
          const year = Number(publication.slice(0, 4));
          options.push(
            ...[year, year - 1]
              .map((y) => isoDate(y, day.month, day.day))
              .filter((iso) => iso !== null && iso <= publication),
          );
        }
        const iso = options.find(
          (c): c is string => c !== null && (day.weekday === null || weekdayOf(c) === day.weekday),
        );
        if (iso) return { line, date: { iso, index: day.index, end: day.end } };
      }
    return null;
  },
};
