import { plural } from "../plural.js";

const count = (n: number, one: string, other: string) => `${n} ${plural("en", n, { one, other })}`;

/** Words many commands share. */
export const common = {
  /** "1 person", "3 people". */
  people: (n: number) => count(n, "person", "people"),
  /** "1 day", "3 days". */
  days: (n: number) => count(n, "day", "days"),
  error: "error",
  hint: "hint",
};
