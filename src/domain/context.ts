/**
 * The context beside a reminder (`net show`, `nudge -i`): what helps to write well to someone,
 * from what net already has. Pure: a person and their latest interactions in, short facts out.
 */
import { messages } from "../i18n/index.js";
import { addDays, daysBetween, type IsoDate, isIsoDate } from "./dates.js";
import type { Contact, Interaction } from "./model.js";

/** How far back "lately" looks for what was given and received, and how far ahead dates are shown. */
export const LATELY_DAYS = 90;
export const AHEAD_DAYS = 30;
/** News older than this is no longer news. */
export const NEWS_DAYS = 60;

export interface PersonContext {
  /** The latest notes, newest first (at most three). */
  notes: { date: IsoDate; note: string }[];
  /** Follow-ups you said you'd do, with nothing logged with them since. */
  promises: { date: IsoDate; followUpOn: IsoDate; note: string | null }[];
  /** Help, intros and shares given and received over the last LATELY_DAYS days. */
  lately: { gave: number; received: number };
  /** Their latest news, if recent. */
  news: { date: IsoDate; note: string | null } | null;
  /** Birthdays and milestones in the next AHEAD_DAYS days. */
  comingUp: { label: string; on: IsoDate }[];
}

/** The next day a `YYYY-MM-DD` or `--MM-DD` date comes round, on or after today (a 29 February on the 28th in other years). */
export function nextOccurrence(date: string, today: IsoDate): IsoDate | null {
  const monthDay = /^(?:\d{4}|--)-?(\d{2})-(\d{2})$/.exec(date);
  if (!monthDay) return null;
  for (const year of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]) {
    let day = `${year}-${monthDay[1]}-${monthDay[2]}`;
    if (!isIsoDate(day) && monthDay[1] === "02" && monthDay[2] === "29") day = `${year}-02-28`;
    if (isIsoDate(day) && day >= today) return day;
  }
  return null;
}

/** What counts as given or received: help, introductions, things shared (as in the balances). */
const GESTURES = new Set(["help", "intro", "share"]);

/** The context of one person, from their interactions newest first (a few hundred are plenty). */
export function personContext(
  contact: Pick<Contact, "id" | "birthday" | "milestones">,
  interactions: readonly Interaction[],
  today: IsoDate,
): PersonContext {
  const notes = interactions
    .filter((i) => i.note?.trim())
    .slice(0, 3)
    .map((i) => ({ date: i.date, note: i.note as string }));
  const promises: PersonContext["promises"] = [];
  // Open: nothing logged with them on a later day than the interaction that promised it (newest first).
  let newest: IsoDate | null = null;
  for (const i of interactions) {
    if (i.followUpOn && daysBetween(i.followUpOn, today) <= NEWS_DAYS && (newest === null || newest <= i.date))
      promises.push({ date: i.date, followUpOn: i.followUpOn, note: i.note });
    if (newest === null || i.date > newest) newest = i.date;
  }
  const since = addDays(today, -LATELY_DAYS);
  const lately = { gave: 0, received: 0 };
  for (const i of interactions) {
    if (i.date < since || i.date > today || !GESTURES.has(i.kind)) continue;
    if (i.direction === "gave") lately.gave++;
    else if (i.direction === "received") lately.received++;
  }
  const latestNews = interactions.find((i) => i.kind === "news" && i.direction !== "gave");
  const news = latestNews && daysBetween(latestNews.date, today) <= NEWS_DAYS ? { date: latestNews.date, note: latestNews.note } : null;
  const until = addDays(today, AHEAD_DAYS);
  const dates = [...(contact.birthday ? [{ label: "birthday", date: contact.birthday }] : []), ...contact.milestones];
  const comingUp = dates
    .map((d) => ({ label: d.label, on: nextOccurrence(d.date, today) }))
    .filter((d): d is { label: string; on: IsoDate } => d.on !== null && d.on <= until)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return { notes, promises, lately, news, comingUp };
}

/**
 * The context as short lines ("label: text") in the language in use, nothing for what is empty.
 * The notes' label is `messages().people.context.labels.note`.
 */
export function contextLines(context: PersonContext, relative: (day: IsoDate) => string): [label: string, text: string][] {
  const t = messages().people.context;
  const line = (note: string | null) => note?.replace(/\s+/g, " ").trim() ?? "";
  const lines: [string, string][] = [];
  for (const n of context.notes) lines.push([t.labels.note, `${line(n.note)} (${relative(n.date)})`]);
  for (const p of context.promises)
    lines.push([t.labels.promised, t.promised({ note: p.note ? line(p.note) : null, when: relative(p.followUpOn) })]);
  if (context.lately.gave || context.lately.received)
    lines.push([t.labels.lately, t.lately({ gave: context.lately.gave, received: context.lately.received, days: LATELY_DAYS })]);
  if (context.news) lines.push([t.labels.news, `${context.news.note ? line(context.news.note) : t.news} (${relative(context.news.date)})`]);
  // The birthday is named in the person's language; milestones keep the label they were given.
  for (const d of context.comingUp) lines.push([t.labels.comingUp, `${d.label === "birthday" ? t.birthday : d.label} ${relative(d.on)}`]);
  return lines;
}
