import { firstDated } from "./header-date-first.js";
import type { HeaderDateReader } from "./header-date-readers.js";

export const publishedDate: HeaderDateReader = {
  name: "publication date",
  example:
    "London Crime Reduction Board meeting minutes\n\nPublication date: Tuesday 2 February 2021",
  read: ({ published }) => firstDated(published),
};
