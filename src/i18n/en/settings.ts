/** The settings texts in English: `net goals`, `net rules` (the command; the rules' own texts are in rules.ts), and the checks on settings. */
export const settings = {
  goals: {
    summary: "your intentions and targets",
    description:
      "Your targets (new people per month, events per month, gestures per week) and your intentions:\nwhy you grow your network — to learn, to rebound, to influence, to cooperate.",
    examples: "\nExamples:\n  net goals\n  net goals set gestures-per-week 5\n  net goals set intentions learn,cooperate",
    setDescription: (p: { targets: string; intents: string }) => `set a target (${p.targets}) or your intentions (${p.intents})`,
    valueArgument: "a whole number, or intentions separated by commas",
    /** The lines of `net goals`, label then value. */
    labels: {
      newPeoplePerMonth: "new people per month",
      eventsPerMonth: "events per month",
      gesturesPerWeek: "gestures per week",
      intentions: "intentions",
    },
    intentionsNotSet: "not set (net goals set intentions learn,cooperate)",
    notIntention: (value: string) => `'${value}' is not an intention`,
    chooseAmong: (list: string) => `choose among: ${list}`,
    intentionsSet: (list: string) => `Intentions: ${list || "none"}.`,
    noGoal: (name: string) => `there is no goal '${name}'`,
    goalsAre: (list: string) => `goals are: ${list}, intentions`,
    notWholeNumber: (value: string) => `'${value}' is not a whole number`,
    example: (name: string) => `e.g. net goals set ${name} 3`,
  },
  rules: {
    summary: "the rules behind nudge: list, tune, enable, disable",
    description: "List the rules that turn the practices into reminders, with their parameters; tune, enable or disable them.",
    examples:
      "\nExamples:\n  net rules\n  net rules set keep-in-touch.tier.close 21d\n  net rules set thank.days 5\n  net rules disable not-isolated\n  net rules enable not-isolated\n  net rules reset keep-in-touch",
    setDescription: "set a rule parameter: <rule>.<parameter> <value> (days accept 10d, 2w, 3m)",
    parameterArgument: "e.g. keep-in-touch.tier.close",
    valueArgument: "a number, or a duration for day parameters",
    enableDescription: "turn a rule on",
    disableDescription: "turn a rule off",
    resetDescription: "back to the defaults: a rule (or one parameter)",
    resetArgument: "a rule, or <rule>.<parameter>",
    noRule: (id: string) => `there is no rule '${id}'`,
    rulesAre: (list: string) => `rules are: ${list}`,
    namesNoParameter: (text: string) => `'${text}' names no parameter`,
    namesNoParameterHint: "write <rule>.<parameter>, e.g. keep-in-touch.tier.close",
    noParameter: (p: { rule: string; param: string }) => `${p.rule} has no parameter '${p.param}'`,
    itsParameters: (list: string) => `its parameters: ${list}`,
    noParameters: (rule: string) => `${rule} has no parameters`,
    /** Before each rule in the list: whether it is on. */
    on: "on",
    off: "off",
    byDefault: (value: string) => `(default ${value})`,
    notDays: (p: { value: string; param: string }) => `'${p.value}' is not a number of days for ${p.param}`,
    notDaysHint: "use a duration like 21d, 3w, 2m (or a number of days)",
    notWhole: (p: { value: string; param: string }) => `'${p.value}' is not a whole number for ${p.param}`,
    notWholeHint: "use a whole number like 2",
    set: (p: { param: string; value: string; byDefault: string }) => `${p.param} = ${p.value} (default ${p.byDefault})`,
    enabled: (p: { rule: string; on: boolean }) => `${p.rule} is ${p.on ? "on" : "off"}.`,
    reset: (p: { target: string; whole: boolean }) => `${p.target} is back to its default${p.whole ? "s" : ""}.`,
  },
  /** Why a setting's value is refused (net rules set, net goals set, a JSON import). */
  problems: {
    notWholeNumber: "not a whole number",
    notDays: (max: number) => `not a number of days from 1 to ${max}`,
    notCount: (max: number) => `not a whole number from 0 to ${max}`,
    notText: "not a non-empty text",
  },
};
