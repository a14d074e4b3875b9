import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";

const count = (n: number, one: string, other: string) => `${n} ${plural("fr", n, { one, other })}`;

export const common: Catalogue["common"] = {
  people: (n) => count(n, "personne", "personnes"),
  days: (n) => count(n, "jour", "jours"),
  error: "erreur",
  hint: "conseil",
};
