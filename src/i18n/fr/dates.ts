import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { nth, quoted as q } from "./typography.js";

export const dates: Catalogue["dates"] = {
  locale: "fr",
  shortDay: (p) => `${p.weekday} ${nth(p.day)} ${p.month}`,
  longDay: (p) => `${nth(p.day)} ${p.month} ${p.year}`,
  today: "aujourd'hui",
  yesterday: "hier",
  tomorrow: "demain",
  daysAgo: (n) => `il y a ${n}\u00a0${plural("fr", n, { one: "jour", other: "jours" })}`,
  inDays: (n) => `dans ${n}\u00a0${plural("fr", n, { one: "jour", other: "jours" })}`,
  // "10 j", "2 sem", "3 mois", "1 an": net reads them back as typed.
  spanDays: (n) => `${n}\u00a0j`,
  spanWeeks: (n) => `${n}\u00a0sem`,
  spanMonths: (n) => `${n}\u00a0mois`,
  spanYears: (n) => `${n}\u00a0${plural("fr", n, { one: "an", other: "ans" })}`,

  dateForms:
    "2026-11-20, aujourd'hui, hier, demain, «\u00a0vendredi dernier\u00a0», «\u00a0lundi prochain\u00a0», «\u00a0il y a 3 jours\u00a0», «\u00a0dans 2 semaines\u00a0», «\u00a0le 20 novembre\u00a0», 20/11/2026",
  durationForms: "10 j, 2 sem, 3 mois, 1 an (jours, semaines, mois, années)",
  aDate: "la date",
  theDate: "la date",
  theFollowUpDate: "la date de relance",
  duration: "durée",
  notDuration: (p) => `${q(p.text)}\u00a0: ${p.what} illisible`,
  notDurationHint: (forms) => `donne un nombre et une unité\u00a0: ${forms}`,
  unreadable: (p) => `impossible de lire ${p.what} ${q(p.text)}`,
  unreadableHint: (forms) => `essaie par exemple\u00a0: ${forms}`,
  unreadableWhen: (text) => `impossible de lire ${q(text)} comme une date ou une durée`,
  unreadableWhenHint: (p) => `donne une durée (${p.durations}) ou une date (${p.dates})`,
  negative: (p) => `${p.what} ${q(p.text)} contient un nombre négatif`,
  negativeHint: "écris «\u00a0il y a 3 jours\u00a0» pour le passé, «\u00a0dans 3 jours\u00a0» ou 3\u00a0j pour la suite",
  outOfRange: (p) => `${p.what} ${q(p.text)} sort des années ${p.first} à ${p.last}${p.day ? ` (${p.day})` : ""}`,
  outOfRangeHint: (p) =>
    `donne un jour entre le ${p.first}-01-01 et le ${p.last}-12-31, par exemple 2026-11-20 ou «\u00a0il y a 3 jours\u00a0»`,
  future: (p) => `${p.what} ${q(p.text)} est dans le futur (${p.day})`,
  futureHint: "note ce qui a déjà eu lieu\u00a0; pour la suite, il y a --follow-up",
};
