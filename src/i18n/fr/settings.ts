import type { Catalogue } from "../en/index.js";
import { grouped, quoted as q } from "./typography.js";

/** French groups digits from 10 000 on (with a narrow no-break space); 3650 stays as it is. */
const number = (n: number) => (n >= 10_000 ? grouped(n) : String(n));

export const settings: Catalogue["settings"] = {
  goals: {
    summary: "tes intentions et tes objectifs",
    description:
      "Tes objectifs (nouvelles personnes par mois, événements par mois, gestes par semaine) et tes intentions\u00a0:\npourquoi tu développes ton réseau — pour apprendre (learn), rebondir (rebound), influencer (influence), coopérer (cooperate).",
    examples: "\nExemples\u00a0:\n  net goals\n  net goals set gestures-per-week 5\n  net goals set intentions learn,cooperate",
    setDescription: (p) => `fixer un objectif (${p.targets}) ou tes intentions (${p.intents})`,
    valueArgument: "un nombre entier, ou des intentions séparées par des virgules",
    labels: {
      newPeoplePerMonth: "nouvelles personnes par mois",
      eventsPerMonth: "événements par mois",
      gesturesPerWeek: "gestes par semaine",
      intentions: "intentions",
    },
    intentionsNotSet: "pas encore clarifiées (net goals set intentions learn,cooperate)",
    notIntention: (value) => `${q(value)} n'est pas une intention`,
    chooseAmong: (list) => `choisis parmi\u00a0: ${list}`,
    intentionsSet: (list) => `Intentions\u00a0: ${list || "aucune"}.`,
    noGoal: (name) => `il n'y a pas d'objectif ${q(name)}`,
    goalsAre: (list) => `les objectifs sont\u00a0: ${list}, intentions`,
    notWholeNumber: (value) => `${q(value)} n'est pas un nombre entier`,
    example: (name) => `par ex. net goals set ${name} 3`,
  },
  rules: {
    summary: "les règles derrière nudge\u00a0: les lister, les régler, les activer, les désactiver",
    description:
      "Liste les règles qui transforment les pratiques en rappels, avec leurs paramètres\u00a0; règle-les, active-les ou désactive-les.",
    examples:
      "\nExemples\u00a0:\n  net rules\n  net rules set keep-in-touch.tier.close 21d\n  net rules set thank.days 5\n  net rules disable not-isolated\n  net rules enable not-isolated\n  net rules reset keep-in-touch",
    setDescription: "régler un paramètre\u00a0: <règle>.<paramètre> <valeur> (les jours acceptent 10d, 2w, 3m)",
    parameterArgument: "par ex. keep-in-touch.tier.close",
    valueArgument: "un nombre, ou une durée pour les paramètres en jours",
    enableDescription: "activer une règle",
    disableDescription: "désactiver une règle",
    resetDescription: "revenir aux valeurs par défaut\u00a0: d'une règle (ou d'un seul paramètre)",
    resetArgument: "une règle, ou <règle>.<paramètre>",
    noRule: (id) => `il n'y a pas de règle ${q(id)}`,
    rulesAre: (list) => `les règles sont\u00a0: ${list}`,
    namesNoParameter: (text) => `${q(text)} ne désigne aucun paramètre`,
    namesNoParameterHint: "écris <règle>.<paramètre>, par ex. keep-in-touch.tier.close",
    noParameter: (p) => `${p.rule} n'a pas de paramètre ${q(p.param)}`,
    itsParameters: (list) => `ses paramètres\u00a0: ${list}`,
    noParameters: (rule) => `${rule} n'a aucun paramètre`,
    on: "oui",
    off: "non",
    byDefault: (value) => `(par défaut ${value})`,
    notDays: (p) => `${q(p.value)} n'est pas un nombre de jours pour ${p.param}`,
    notDaysHint: "indique une durée comme 21d, 3w, 2m (ou un nombre de jours)",
    notWhole: (p) => `${q(p.value)} n'est pas un nombre entier pour ${p.param}`,
    notWholeHint: "indique un nombre entier comme 2",
    set: (p) => `${p.param} = ${p.value} (par défaut ${p.byDefault})`,
    enabled: (p) => `La règle ${p.rule} est ${p.on ? "activée" : "désactivée"}.`,
    reset: (p) => `${p.target} revient ${p.whole ? "à ses valeurs" : "à sa valeur"} par défaut.`,
  },
  problems: {
    notWholeNumber: "pas un nombre entier",
    notDays: (max) => `pas un nombre de jours entre 1 et ${number(max)}`,
    notCount: (max) => `pas un nombre entier entre 0 et ${number(max)}`,
    notText: "pas un texte non vide",
  },
};
