import { addDays, daysBetween, type IsoDate, startOfMonth, startOfWeek } from "../domain/dates.js";
import type { Snapshot } from "./types.js";

export interface HabitLine {
  /** Consecutive weeks (Monday to Sunday) meeting the gestures goal, this week included once met. */
  weekStreak: number;
  /** True when the streak may go further back than the history looked at. */
  streakAtLeast: boolean;
  gesturesThisWeek: number;
  gesturesPerWeek: number;
  newPeopleThisMonth: number;
  newPeoplePerMonth: number;
  eventsThisMonth: number;
  eventsPerMonth: number;
  daysSinceLastEvent: number | null;
}

export function habitLine(snapshot: Snapshot, today: IsoDate): HabitLine {
  const goal = snapshot.goals.gesturesPerWeek;
  const perWeek = new Map<IsoDate, number>();
  const monthStart = startOfMonth(today);
  let eventsThisMonth = 0;
  for (const [day, counts] of snapshot.days) {
    if (day > today) continue;
    const week = startOfWeek(day);
    perWeek.set(week, (perWeek.get(week) ?? 0) + counts.gestures);
    if (day >= monthStart) eventsThisMonth += counts.events;
  }
  const thisWeek = startOfWeek(today);
  const gesturesThisWeek = perWeek.get(thisWeek) ?? 0;
  let weekStreak = goal > 0 && gesturesThisWeek >= goal ? 1 : 0;
  let week = addDays(thisWeek, -7);
  let streakAtLeast = false;
  while (goal > 0 && (perWeek.get(week) ?? 0) >= goal) {
    weekStreak++;
    week = addDays(week, -7);
    if (week < snapshot.historyFrom) {
      streakAtLeast = true;
      break;
    }
  }
  const newPeopleThisMonth = snapshot.metThisMonth;
  return {
    weekStreak,
    streakAtLeast,
    gesturesThisWeek,
    gesturesPerWeek: goal,
    newPeopleThisMonth,
    newPeoplePerMonth: snapshot.goals.newPeoplePerMonth,
    eventsThisMonth,
    eventsPerMonth: snapshot.goals.eventsPerMonth,
    daysSinceLastEvent: snapshot.lastEventOn ? daysBetween(snapshot.lastEventOn, today) : null,
  };
}
