import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";

/** "1er" for the first of the month, as French writes dates. */

export const nudge: Catalogue["nudge"] = {
  // -- net nudge --help
  summary: "les petits gestes du jour, les plus urgents d'abord",
  description: (p) =>
    `Les petits gestes à faire aujourd'hui, les plus urgents d'abord (les ${p.top} premiers, au plus ${p.perRule} d'une même sorte\u00a0; --all pour tous), chacun avec une suggestion et la pratique qui le motive.\nLa première ligne est ta ligne d'habitudes\u00a0: série de semaines, gestes de la semaine, nouvelles personnes du mois, dernier événement.`,
  optAll: "tous les rappels dus, pas seulement les premiers",
  optRule: "seulement les rappels de cette règle (voir net rules)",
  optInteractive: "passer les rappels un par un\u00a0: fait, reporter, noter, passer",
  optBrief:
    "3 lignes au plus (les premiers gestes, une ligne chacun), rien quand rien n'est dû\u00a0: pour un shell, une barre d'état ou un MOTD",
  optExitCode: (code) => `sortir avec ${code} quand quelque chose est dû, 0 sinon (pour les scripts)`,
  optWeek: "la semaine à venir, jour par jour\u00a0: anniversaires et dates marquantes, relances promises, cadences qui arrivent",
  optNotify:
    "une notification de bureau quand quelque chose est dû et que tu n'as pas encore vu net aujourd'hui (la tâche quotidienne de net remind)",
  examples: (code) =>
    `\nExemples\u00a0:\n  net nudge\n  net nudge --all --json\n  net nudge --rule thank\n  net nudge --week\n  net nudge --brief\n  net nudge --exit-code -q >/dev/null || echo "quelque chose est dû"\n  net done 2\n  net snooze 3 1w\n\nCodes de sortie avec --exit-code\u00a0: 0 rien n'est dû, ${code} quelque chose est dû (1 et 2 comme pour toute commande).`,

  // -- net done / net snooze --help
  doneSummary: "marquer comme faits des rappels du nudge du jour",
  doneDescription:
    "Marque des rappels comme faits, par leur numéro dans la liste affichée aujourd'hui par `net nudge` (ou par leur clé, donnée par `net nudge --json`).\nNoter le geste avec `net log` efface aussi les rappels auxquels il répond.",
  doneArgument: "des numéros de la liste du jour, ou des clés de rappels",
  doneExamples: "\nExemples\u00a0:\n  net done 2\n  net done 1 3",
  snoozeSummary: "reporter un rappel",
  snoozeDescription:
    "Cache un rappel du nudge jusqu'à un jour plus tard\u00a0: par son numéro dans la liste affichée aujourd'hui par `net nudge`, ou par sa clé.",
  snoozeArgument: "un numéro de la liste du jour (ou une clé de rappel)",
  snoozeDuration: "pour combien de temps\u00a0: 1d, 1w, 2w, 1m, ou une date",
  snoozeExamples: "\nExemples\u00a0:\n  net snooze 3 1w\n  net snooze 1 'lundi prochain'",

  // -- net nudge
  noRule: (rule) => `il n'y a pas de règle «\u00a0${rule}\u00a0»`,
  noRuleHint: "vois les règles avec\u00a0: net rules",
  interactiveNeedsTerminal: "--interactive a besoin d'un terminal",
  interactiveNeedsTerminalHint: "lance net nudge sans -i, puis net done <n> / net snooze <n> <durée>",
  nothingDueFrom: (rule) => `Rien de dû aujourd'hui pour ${rule}.`,
  nothingDue: "Rien de prévu aujourd'hui. Profites-en — ou donne sans rien attendre.",
  moreWithAll: (shown) => `${shown} affichés, les autres avec net nudge --all · `,
  footer: "net done <n> · net snooze <n> 1w · net log <qui> après un geste",
  startNetwork: 'Ton réseau commence par ta carte ou ta première personne\u00a0: net card --set "…" ou net add "<nom>"',
  listNotKeptJson: (reason) =>
    `Cette liste n'a pas pu être gardée — ${reason} — donc net done <n> ne compte pas dedans\u00a0; utilise net done <clé> avec ses clés`,
  numbersNotKept: (reason) =>
    `Les numéros n'ont pas pu être gardés — ${reason} — donc aucun n'est affiché\u00a0: utilise net done <clé> ou net snooze <clé> 1w, avec les clés de net nudge --json`,
  earlierListStands: "\u00a0; net done <n> compte dans la liste numérotée plus tôt aujourd'hui",

  // -- the list kept today
  useNumberHint: "lance net nudge, puis utilise un numéro qu'il affiche (ou la clé d'un rappel, donnée par net nudge --json)",
  nothingToMark: "rien n'est dû aujourd'hui, il n'y a donc aucun rappel à marquer",
  seeNumbersHint: "lance net nudge pour voir les numéros du jour",
  noSuchKey: (key) => `aucun rappel «\u00a0${key}\u00a0» n'est dû`,
  noSuchKeyHint: "vois les clés du jour avec\u00a0: net nudge --all --json",
  notANumber: (ref) => `«\u00a0${ref}\u00a0» n'est pas un numéro de rappel`,
  notANumberHint: "utilise le numéro affiché par net nudge, par exemple net done 2",
  noListKept:
    "aucune liste numérotée n'a été gardée aujourd'hui\u00a0: net nudge n'a pas tourné aujourd'hui, ou n'a pas pu garder ses numéros",
  listFromEarlierDay: (day) => `la dernière liste numérotée date du ${day}, pas d'aujourd'hui\u00a0: ses numéros ne comptent plus`,
  noSuchNumber: (p) =>
    `il n'y a pas de n°\u00a0${p.n} dans la liste du jour (${p.count === 1 ? "seulement le n°\u00a01" : `1–${p.count}`})`,

  // -- net done / net snooze
  markedDone: (n) => `${n} ${plural("fr", n, { one: "rappel marqué comme fait", other: "rappels marqués comme faits" })}. Bravo\u00a0!`,
  cantReadDuration: (text) => `impossible de lire «\u00a0${text}\u00a0» comme une durée ou une date`,
  cantReadDurationHint: "essaie 1d, 1w, 2w, 1m ou une date comme 2026-12-01",
  snoozeNotLater: (until) => `reporter jusqu'au ${until} ne le cacherait pas`,
  snoozeNotLaterHint: "donne un jour plus tard\u00a0: 1d, 1w, ou une date à venir",
  alreadyDone: (ref) => `${ref} est déjà fait\u00a0: il n'y a rien à reporter`,
  alreadyDoneHint: "vois ce qui est dû maintenant avec\u00a0: net nudge",
  snoozedUntil: (until) => `Reporté jusqu'au ${until}.`,

  // -- the habit line
  noStreak: "pas encore de série",
  streak: (p) => `série de ${p.atLeast ? "≥\u00a0" : ""}${p.weeks} ${plural("fr", p.weeks, { one: "semaine", other: "semaines" })}`,
  gesturesThisWeek: (ratio) => `gestes cette semaine ${ratio}`,
  newPeopleIn: (p) => `nouvelles personnes en ${p.month} ${p.ratio}`,
  noEvent: "pas encore d'événement",
  eventToday: "événement aujourd'hui",
  lastEventYesterday: "dernier événement hier",
  lastEventDaysAgo: (days) => `dernier événement il y a ${days} jours`,

  // -- net nudge -i
  walk: {
    nothingDue: "Rien de prévu aujourd'hui.",
    draftTo: (name) => `préparer un message pour ${name}`,
    draftShort: "message",
    logWith: (name) => `noter le geste avec ${name} maintenant`,
    logShort: "noter",
    done: "fait",
    snooze: "reporter",
    skip: "passer",
    sendHow: "Comment l'envoyer\u00a0?",
    sendCopy: "le copier dans le presse-papiers",
    sendCopyShort: "copier",
    sendMail: "l'ouvrir dans ta messagerie",
    sendMailShort: "messagerie",
    sendNeither: "ni l'un ni l'autre\u00a0: je m'en occupe",
    sendNeitherShort: "aucun",
    logOnceSent: "Une fois envoyé, le noter\u00a0?",
    snoozeHowLong: "Reporter de combien\u00a0?",
    oneDay: (day) => `1 jour (${day})`,
    oneWeek: (day) => `1 semaine (${day})`,
    other: "autre…",
    howLong: "Combien de temps\u00a0? (3d, 2w, 1m, ou une date)",
    laterDay: "un jour plus tard\u00a0: 3d, 2w, 1m, ou une date",
    whatDidYouDo: "Qu'as-tu fait\u00a0?",
    aNote: "Une note\u00a0?",
    copied: "Copié dans le presse-papiers.",
    noClipboard: (why) => `Aucun presse-papiers utilisable par net (${why})\u00a0: copie-le depuis le texte ci-dessus.`,
    mailOpened: "Ouvert dans ta messagerie.",
    noMail: (why) => `Impossible d'ouvrir une messagerie (${why})\u00a0: copie-le depuis le texte ci-dessus.`,
    metThrough: "rencontré via",
    summary: (p) => `Notés\u00a0: ${p.logged}, faits\u00a0: ${p.done}, reportés\u00a0: ${p.snoozed}, passés\u00a0: ${p.skipped}.`,
  },

  // -- net nudge --brief / --week / --notify
  briefMore: (p) => ` (${p.rest}${p.plus ? "+" : ""} de plus)`,
  briefMoreUncounted: " (et d'autres)",
  briefForAll: (more) => `net nudge pour tout voir${more}`,
  briefForGestures: "net nudge pour les gestes suggérés",
  couldNotRun: (message) => `net nudge n'a pas pu tourner\u00a0: ${message}`,
  todayTitle: (name) => `Aujourd'hui, ${name}`,
  tomorrowTitle: (name) => `Demain, ${name}`,
  // The day title ends with an abbreviation's full stop ("mer. 2 déc."): no sentence ends right after it.
  quietWeek: (until) => `D'ici ${until}, rien n'arrive à échéance\u00a0: une bonne semaine pour donner sans rien attendre en retour.`,
  notifyOne: "net\u00a0: un petit geste aujourd'hui",
  notifyMany: (count) => `net\u00a0: ${count} petits gestes aujourd'hui`,
  noNotifier:
    "net\u00a0: aucun outil de notification trouvé (notify-send sous Linux, osascript sous macOS), le rappel du matin ne peut donc pas s'afficher\u00a0; " +
    "installe libnotify-bin, ou utilise le hook du shell (net hook --help)",
  notifierFailed: (p) => `${p.program} n'a pas pu afficher la notification (${p.why})`,
  exitStatus: (status) => `code de sortie ${status}`,
};
