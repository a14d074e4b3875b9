import { addDays, daysBetween, daysInMonth, type IsoDate } from "../domain/dates.js";
import type { Interaction, Milestone } from "../domain/model.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName, onDay, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Candidate, ContactFacts, Rank, RankedPerson } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, type Later, later, type RulesTexts, textsOf } from "./words.js";

/** Where congratulations on someone's news rank (the store ranks candidates with it, too). */
export function newsRank(item: { id: string; date: IsoDate }, person: RankedPerson, today: IsoDate): Rank {
  return {
    key: `congratulate:news:${item.id}:${person.id}`,
    dueOn: item.date,
    urgency: urgency({ weight: congratulate.weight, dueOn: addDays(item.date, 5), today, person }),
  };
}

/** This year's date of a yearly day (`--MM-DD` or `YYYY-MM-DD`); Feb 29 falls on Feb 28 in other years. */
export function occurrenceIn(year: number, date: string): IsoDate {
  const [month, day] = date.slice(-5).split("-").map(Number) as [number, number];
  const d = Math.min(day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The occurrence of a yearly date nearest to today within [today - after, today + ahead], if any. */
function nearOccurrence(date: string, today: IsoDate, ahead: number, after: number): IsoDate | null {
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    const on = occurrenceIn(y, date);
    const diff = daysBetween(today, on);
    if (diff >= -after && diff <= ahead) return on;
  }
  return null;
}

/** A birthday or milestone due for congratulations, with where it ranks. */
export interface DateDue {
  label: string;
  /** The occurrence: this year's (or the nearest year's) day of it. */
  on: IsoDate;
  /** The year of a dated milestone, null for a yearly day with none. */
  fullYear: number | null;
  rank: Rank;
}

/**
 * Someone's birthday and milestones falling due around today (the store ranks candidates with it,
 * too): occurrences within the window, not before a dated milestone's year, and not already
 * congratulated around them.
 */
export function datesDue(
  person: RankedPerson & { birthday: string | null; milestones: readonly Milestone[] },
  congratulatedOn: IsoDate | undefined,
  today: IsoDate,
  horizonDays: number,
  params: Record<string, number>,
): DateDue[] {
  const out: DateDue[] = [];
  const before = params.daysBefore ?? 1;
  const dates = [
    ...(person.birthday ? [{ label: "birthday", date: person.birthday }] : []),
    ...person.milestones.filter((m) => /^(\d{4}|-)-\d{2}-\d{2}$/.test(m.date)),
  ];
  for (const m of dates) {
    const fullYear = /^\d{4}-/.test(m.date) ? Number(m.date.slice(0, 4)) : null;
    const on = nearOccurrence(m.date, today, horizonDays + before, params.daysAfter ?? 3);
    if (!on || (fullYear !== null && Number(on.slice(0, 4)) < fullYear)) continue;
    // Congratulations already logged around this occurrence satisfy it.
    if (congratulatedOn && congratulatedOn >= addDays(on, -(before + 1))) continue;
    out.push({
      label: m.label,
      on,
      fullYear,
      rank: {
        key: `congratulate:${person.id}:${m.label}:${on}`,
        dueOn: on,
        urgency: urgency({ weight: congratulate.weight, dueOn: addDays(on, 7), today, person }),
      },
    });
  }
  return out;
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).congratulate;

/** What a birthday or milestone reminder says: whose, and when (today, tomorrow, a day to come, a day gone). */
function describeDate(t: RulesTexts, c: ContactFacts, due: DateDue, today: IsoDate) {
  const g = t.congratulate;
  const first = firstName(c.name);
  const days = daysBetween(today, due.on);
  const on = onDay(t, due.on);
  if (due.label === "birthday") return { message: g.birthday({ first, days, on }), suggestion: g.birthdaySuggestion(first) };
  const years = due.fullYear !== null ? Number(due.on.slice(0, 4)) - due.fullYear : 0;
  return { message: g.milestone({ name: c.name, label: due.label, years, days, on }), suggestion: g.milestoneSuggestion(first) };
}

/** What congratulations on news say: whose news, when, and a short message to send. */
function describeNews(t: RulesTexts, i: Interaction, person: ContactFacts, today: IsoDate) {
  const g = t.congratulate;
  return {
    message: g.news({ name: person.name, ago: agoPhrase(t, i.date, today), note: quoteNote(t, i.note) }),
    suggestion: g.newsSuggestion(firstName(person.name)),
  };
}

export const congratulate = defineRule({
  id: "congratulate",
  words,
  weight: 8,
  params: {
    newsDays: { default: 7, unit: "days" },
    daysBefore: { default: 1, unit: "days" },
    daysAfter: { default: 3, unit: "days" },
  },
  select(snapshot, { today, horizonDays }, params) {
    const out: Candidate<Later>[] = [];
    const after = params.daysAfter ?? 3;
    for (const c of snapshot.contacts) {
      for (const due of datesDue(c, snapshot.congratulatedOn.get(c.id), today, horizonDays, params)) {
        out.push({
          ...due.rank,
          rule: "congratulate",
          subject: subjectOf(c),
          about: later(describeDate, c, due, today),
          lateOn: addDays(due.on, after),
        });
      }
    }
    const people = contactsById(snapshot);
    const newsDays = params.newsDays ?? 7;
    for (const i of snapshot.uncongratulated) {
      if (i.kind !== "news" || daysBetween(i.date, today) > newsDays || i.date > today) continue;
      for (const id of i.people) {
        const person = people.get(id);
        if (!person) continue;
        out.push({
          ...newsRank(i, person, today),
          rule: "congratulate",
          subject: subjectOf(person),
          about: later(describeNews, i, person, today),
          lateOn: addDays(i.date, newsDays),
        });
      }
    }
    return out;
  },
});
