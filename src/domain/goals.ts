/** The user's targets (`net goals`): what the habit line and the quarterly review measure against. */
export interface Goals {
  newPeoplePerMonth: number;
  eventsPerMonth: number;
  gesturesPerWeek: number;
}

/** The targets before the user sets any: the practice's one new person and one event a month. */
export const DEFAULT_GOALS: Goals = { newPeoplePerMonth: 1, eventsPerMonth: 1, gesturesPerWeek: 3 };
