import { firstDated } from "./header-date-first.js";
import type { HeaderDateReader } from "./header-date-readers.js";

export const statedDate: HeaderDateReader = {
  name: "date in the heading",
  example: "London Crime Reduction Board meeting minutes - 2 February 2021",
  read: ({ stated }) => firstDated(stated),
};
