import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { of as de, grouped, nth } from "./typography.js";

const two = (n: number | string) => String(n).padStart(2, "0");
const count = (n: number, one: string, other: string) => `${n} ${plural("fr", n, { one, other })}`;

export const review: Catalogue["review"] = {
  // -------------------------------------------------------------------------
  // Périodes et dates
  monthWords: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  monthsShort: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  weekdaysShort: ["lun.", "", "mer.", "", "ven.", "", ""],
  day: (d) => `${nth(d.day)} ${d.month} ${d.year}`,
  shortDay: (d) => `${two(d.day)}/${two(d.month)}/${d.year}`,
  quarterName: (p) => `T${p.quarter} ${p.year}`,
  monthName: (p) => `${p.month} ${p.year}`,
  monthShort: (p) => `${two(p.month)}/${p.year}`,
  rangeName: (p) => `du ${p.from} au ${p.to}`,
  periodIn: {
    quarter: (name) => `au ${name}`,
    month: (name) => `en ${name}`,
    year: (name) => `en ${name}`,
    range: (name) => name,
  },
  periodOf: {
    quarter: (name) => `du ${name}`,
    month: (name) => de(name),
    year: (name) => `de ${name}`,
    range: (name) => `de la période ${name}`,
  },
  periodVs: {
    quarter: (name) => `au ${name}`,
    month: (name) => `à ${name}`,
    year: (name) => `à ${name}`,
    range: (name) => `à la période ${name}`,
  },
  number: (n) => (n >= 1000 ? grouped(n) : String(n)),

  // -------------------------------------------------------------------------
  // La commande
  summary: "la revue trimestrielle\u00a0: qui relancer, qui remercier, ce que tu donnes",
  // Une ligne par paragraphe : commander les coupe à la largeur du terminal.
  description: (windowDays) =>
    "Cartographie ton réseau sur une période (par défaut le trimestre en cours)\u00a0: le pouls face à tes objectifs et à la période précédente, l'activité semaine par semaine, qui relancer, qui remercier, l'équilibre entre donner et recevoir, la forme de ton réseau, et trois suggestions pour le trimestre suivant.\n" +
    `Un trimestre cartographié dans ses ${windowDays} derniers jours, ou dans les ${windowDays} premiers du suivant (la fenêtre du rappel quarterly-map), devient sa revue, ce qui clôt le rappel trimestriel de nudge\u00a0; --record l'enregistre n'importe quel jour, --no-record jamais.\n` +
    "Avec --json, rien n'est enregistré sans --record.",
  options: {
    quarter: "un trimestre, p. ex. 2026Q3 (par défaut\u00a0: le trimestre en cours)",
    month: "un mois, p. ex. 2026-10 (par défaut\u00a0: ce mois-ci)",
    year: "une année, p. ex. 2026 (par défaut\u00a0: cette année)",
    since: "à partir de ce jour (avec --until, ou jusqu'à aujourd'hui)",
    until: "jusqu'à ce jour (avec --since)",
    md: "affiche en Markdown, à garder ou à partager",
    html: "écrit la revue dans une seule page web autonome (anneaux, carte de chaleur des gestes, équilibres)",
    output: "avec --html\u00a0: le fichier de la page (par défaut net-map-<période>.html ici\u00a0; - pour la sortie standard)",
    open: "avec --html\u00a0: ouvre la page dans ton navigateur par défaut",
    record: "enregistre tout de suite la revue de ce trimestre, quel que soit le jour",
    noRecord: "n'enregistre pas la revue (le rappel trimestriel reste)",
  },
  helpAfter: (forms) => `
Périodes\u00a0: ${forms}.

Exemples\u00a0:
  net map --quarter                 le trimestre jusqu'ici (sa revue à la fin)
  net map --quarter --record        revue faite en avance\u00a0: l'enregistrer
  net map --quarter 2026Q3 --md > revue-2026Q3.md
  net map --month 2026-10 --json
  net map --quarter --html --open   la revue en page web, dans ton navigateur
  net map --since 2026-01-01`,
  mdAndJson: "--md et --json demandés ensemble",
  mdAndJsonHint: "choisis-en un\u00a0: --md pour du Markdown, --json pour les scripts",
  htmlAnd: (flag) => `--html et ${flag} demandés ensemble`,
  htmlAndHint: "choisis-en un\u00a0: --html écrit une page, --md et --json affichent",
  needsHtml: (flag) => `${flag} va avec --html`,
  needsHtmlHint: "net map --html -o revue.html --open",
  openNeedsFile: "--open a besoin d'un fichier, pas de la sortie standard",
  openNeedsFileHint: "net map --html --open (ou -o revue.html --open)",
  kindOf: { month: "celle d'un mois", year: "celle d'une année", range: "celle d'une suite de jours" },
  onlyQuarterRecorded: (kindOf) => `seule la revue d'un trimestre s'enregistre, pas ${kindOf}`,
  onlyQuarterRecordedHint: "net map --quarter --record (ou --quarter 2026Q3)",
  notBegun: (name) => `le ${name} n'a pas commencé\u00a0: il n'y a encore rien à passer en revue`,
  notBegunHint: "enregistre le trimestre en cours ou un trimestre passé",
  recorded: (name) => `Revue du ${name} enregistrée\u00a0: le rappel trimestriel de nudge est fait.`,
  alreadyRecorded: (p) => `La revue du ${p.name} a déjà été enregistrée le ${p.on}.`,
  notRecorded: (p) =>
    `Pas enregistrée comme revue du ${p.name}\u00a0: cela se fait à ${count(p.days, "jour", "jours")} ou moins de sa fin (ou maintenant, avec --record).`,
  wrote: (p) => `Carte du réseau (${p.name}) écrite dans ${p.path}${p.opening ? "" : " (ouvre-la dans un navigateur, ou ajoute --open)"}.`,
  openFailed: (reason) => `impossible d'ouvrir un navigateur\u00a0: ${reason}`,
  openFailedHint: (path) => `ouvre ${path} toi-même`,

  // -------------------------------------------------------------------------
  // Les options de période
  notAPeriod: (p) => `«\u00a0${p.value}\u00a0» n'est pas une période pour ${p.flag}`,
  acceptedForms: (forms) => `formes acceptées\u00a0: ${forms}`,
  notADate: (p) => `impossible de lire «\u00a0${p.text}\u00a0» comme une date pour ${p.flag}`,
  notADateHint: (forms) => `écris AAAA-MM-JJ (ou aujourd'hui, «\u00a0il y a 3 mois\u00a0»)\u00a0; périodes\u00a0: ${forms}`,
  onePeriod: (flags) => `une seule période à la fois\u00a0: ${flags} sont donnés ensemble`,
  untilNeedsSince: "--until a besoin de --since\u00a0: à partir de quand\u00a0?",
  untilNeedsSinceHint: (forms) => `p. ex. --since 2026-07-01 --until 2026-09-30\u00a0; périodes\u00a0: ${forms}`,
  untilBeforeSince: (p) => `--until (${p.until}) tombe avant --since (${p.since})`,
  untilBeforeSinceHint: "inverse-les, ou donne un --until plus tardif",

  // -------------------------------------------------------------------------
  // La carte (texte et Markdown)
  title: (name) => `Carte du réseau ${name}`,
  span: (p) => `du ${p.from} au ${p.to}`,
  periodRunning: (p) => `${p.span}, jour ${p.elapsed} sur ${p.days}\u00a0; comparé au même moment ${p.previousOf}`,
  periodNotStarted: (span) => `${span}, pas encore commencé`,
  periodDone: (p) => `${p.span}\u00a0; comparé ${p.previousVs}`,
  empty: (p) =>
    `Rien de noté ${p.periodIn}${p.running ? " pour l'instant" : ""}\u00a0: aucun geste, aucun événement, personne de nouveau. Un nouveau départ\u00a0: les suggestions ci-dessous sont de petits pas.`,

  pulse: "Pouls",
  pulseNote: (p) => (p.running ? `jusqu'ici, face au même moment ${p.previousOf}` : `face ${p.previousVs}`),
  pulseRows: { gesturesGiven: "gestes donnés", received: "reçus", peopleMet: "rencontres", events: "événements" },
  was: (n) => `(avant ${n})`,
  goal: (goal) => `objectif ${goal}`,
  goalReached: "atteint",
  goalShort: (n) => `il en manque ${n}`,
  goalDone: (p) => `objectif ${p.goal}${p.sinceStart ? " depuis tes débuts" : ""}\u00a0: ${p.verdict}`,
  units: { quarter: "trimestre", month: "mois", year: "an", range: "période" },
  onTrack: "dans les temps",
  behind: "un peu en dessous",
  goalRunning: (p) => `objectif ${p.goal} par ${p.unit}, ${p.soFar} à ce jour\u00a0: ${p.verdict}`,

  activity: "Activité",
  bucket: (weeks) => (weeks === 1 ? "semaine" : `tranche de ${weeks} semaines`),
  activityNote: (p) => `interactions par ${p.bucket}${p.future ? ", vide pour les semaines à venir" : ""}`,
  legendNone: "aucune",
  mdSamePoint: " (même moment)",
  mdChange: "écart",
  mdGoal: "objectif",
  mdActivity: (p) => `Interactions par ${p.bucket}${p.legend ? `\u00a0: \`${p.legend}\`` : ""}.`,

  toRecontact: "À relancer",
  lapsed: (n) => count(n, "lien dont c'est le moment", "liens dont c'est le moment"),
  dormantTies: (n) => count(n, "lien dormant qui compte", "liens dormants qui comptent"),
  quiet: (n) => `${n} en veille`,
  quietNotListed: (n) => `${count(n, "lien en veille non listé", "liens en veille non listés")}`,
  noneLapsed: "Personne n'a dépassé son rythme\u00a0: tes liens sont bien entretenus.",
  headName: "NOM",
  headTier: "PROXIMITÉ",
  headIntent: "INTENTION",
  headLastGesture: "DERNIER GESTE",
  headSince: "DEPUIS",
  headCadence: "RYTHME",
  noGestureYet: "pas encore",
  daysAgoShort: (n) => `${n} j`,
  cadenceDormant: (cadence) => `${cadence} j, dormant`,
  cadenceOver: (p) => `${p.cadence} j, ${p.over ? `+${p.over} j` : "aujourd'hui"}`,
  moreRecontact: (n) => `et ${n} de plus (net list --sort due\u00a0; net map --json liste les 10 premiers de chaque)`,
  mdRecontactHeads: { name: "Nom", tier: "Proximité", lastGesture: "Dernier geste", since: "Depuis", status: "État" },
  mdDormant: (cadence) => `dormant (rythme de ${cadence} j)`,
  mdOver: (p) => (p.over ? `${p.over} j au-delà de ${p.cadence} j` : `aujourd'hui (rythme de ${p.cadence} j)`),

  toThank: "À remercier",
  thankNote: (periodIn) => `aides et mises en relation reçues ${periodIn}, sans remerciement noté depuis`,
  nothingToThank: (periodIn) => `Rien en attente\u00a0: chaque aide ou mise en relation reçue ${periodIn} a été remerciée.`,
  headDate: "DATE",
  headWho: "QUI",
  headWhat: "QUOI",
  headNote: "NOTE",
  mdThankHeads: { date: "Date", who: "Qui", what: "Quoi", note: "Note" },
  anIntro: "une mise en relation",
  help: "de l'aide",
  moreThank: (n) => `et ${n} de plus (net map --json les liste toutes)`,
  mdMoreThank: (n) => `Et ${n} de plus.`,

  balance: "Équilibre",
  balanceNote: (periodIn) => `aides, mises en relation et partages ${periodIn}`,
  noBalance: "Aucune aide, mise en relation ni partage noté sur cette période.",
  balanceLine: (p) =>
    `tu as donné ${p.gave}, reçu ${p.received}${p.asked ? `, demandé ${p.asked}` : ""}${p.givingFirst ? "\u00a0: tu donnes avant de recevoir, bravo" : ""}`,
  mdBalanceLine: (p) =>
    `Tu as donné ${p.gave}, reçu ${p.received}${p.asked ? `, demandé ${p.asked}` : ""} (aides, mises en relation et partages).`,
  headWith: "AVEC",
  headGave: "DONNÉ",
  headReceived: "REÇU",
  headAsked: "DEMANDÉ",
  mdBalanceHeads: { with: "Avec", gave: "Donné", received: "Reçu", asked: "Demandé" },
  onlyTake: (names) =>
    `Un coup de main reçu ou une demande faite\u00a0: ${names}. Un petit geste en retour, un partage ou des nouvelles, fera plaisir.`,

  shape: "Forme du réseau",
  shapeNote: (p) =>
    p.fresh
      ? `${p.people}, dont ${p.fresh} ${plural("fr", p.fresh, { one: "nouvelle", other: "nouvelles" })} ${p.periodIn}, marquées d'un + ci-dessous`
      : `${p.people}, aucune nouvelle ${p.periodIn}`,
  peopleCount: (p) => `${p.shown} ${plural("fr", p.count, { one: "personne", other: "personnes" })}`,
  noOneYet: "Personne pour l'instant\u00a0: ajoute la prochaine personne que tu rencontres avec net add.",
  shapeRows: { circle: "cercle", sector: "secteur", intent: "intention", tier: "proximité" },
  mdShapeRow: (p) => `- **${p.label}**\u00a0: ${p.line}`,
  mdNote: (text) => `> **Note\u00a0:** ${text}`,
  /** The circles as shown (typed --internal / --external). */
  circles: { internal: "interne", external: "externe" },
  /** Accordé au nom de chaque ligne : un cercle, un secteur, une intention, une proximité. */
  unset: { circle: "(aucun)", sector: "(aucun)", intent: "(aucune)", tier: "(aucune)" },
  more: (n) => `${n} de plus`,
  nextQuarter: "Pour le trimestre prochain",
  next: "Pour la suite",

  // Sans accord : une personne n'a pas de genre dans net, toi non plus.

  // -------------------------------------------------------------------------
  // Suggestions
  suggest: {
    thank: (p) =>
      `Remercie ${p.name} pour ${p.intro ? "la mise en relation" : "l'aide"} du ${p.date}\u00a0: un message de deux lignes suffit${p.more > 0 ? ` (et ${p.more} de plus en attente)` : ""}.`,
    recontact: (p) =>
      `Relance ${p.name} (${count(p.days, "jour", "jours")} depuis votre dernier échange)\u00a0: partage quelque chose d'utile ou demande comment ça va.`,
    giveFirst: (p) =>
      p.received
        ? `Offre quelque chose en retour à ${p.name}\u00a0: ton aide, une mise en relation ou un partage utile.`
        : `Propose à ton tour un coup de main à ${p.name}\u00a0: ton aide, une mise en relation ou un partage utile, sans rien demander de plus.`,
    meet: (p) =>
      `Rencontre ${count(p.count, "nouvelle personne", "nouvelles personnes").replace(/^1 /, "une ")} le trimestre prochain (${p.perMonth} par mois)${p.otherSector ? ", d'un autre secteur" : ""}, et note-les avec net add.`,
    sponsor:
      "Prends un café avec quelqu'un de ton organisation qui pourrait te soutenir ou devenir partenaire, et ajoute-lui --intent influence --internal.",
    event: (n) =>
      `Choisis ${count(n, "événement", "événements").replace(/^1 /, "un ")} pour le trimestre prochain (un meetup, un atelier, une communauté) et mets le premier dans ton agenda.`,
    gestures: (n) =>
      `Vise ${n} petits gestes par semaine\u00a0: partager un article, féliciter, prendre des nouvelles, sans arrière-pensée.`,
    widen: "Rencontre quelqu'un hors de ton secteur habituel\u00a0: cette personne apporte les idées d'ailleurs qui manquent à ton réseau.",
    introduce: "Propose une mise en relation entre deux personnes qui gagneraient à se connaître.",
    card: "Relis ta carte de visite narrative (net card)\u00a0: deux minutes, claire et vivante, prête pour le prochain premier contact.",
    keep: "Garde le rythme\u00a0: un geste par jour proposé par net nudge suffit.",
  },

  // -------------------------------------------------------------------------
  // Les alertes sur la forme du réseau
  warn: {
    newOneSector: (p) =>
      `Les ${p.count} personnes rencontrées sur la période travaillent toutes dans ${p.sector}\u00a0: quelqu'un d'un autre secteur apporte des idées d'ailleurs.`,
    newOneCircle: (p) =>
      `Les ${p.count} personnes rencontrées sur la période sont toutes ${p.internal ? "internes" : "externes"}\u00a0: va vers quelqu'un ${p.internal ? "hors de" : "dans"} ton organisation.`,
    oneSector: (p) =>
      `${p.percent}\u00a0% de ton réseau travaille dans ${p.sector}\u00a0: un réseau étroit entend toujours les mêmes idées.`,
    tooMany: (p) =>
      `${p.count} personnes au niveau de proximité «\u00a0${p.tier}\u00a0»\u00a0: environ ${p.capacity}, c'est ce qu'on peut suivre à ce rythme (les cercles de Dunbar). En passer quelques-unes en «\u00a0${p.lower}\u00a0» garde les rappels faisables.`,
    noSponsor:
      "Pas encore de sponsor ni de partenaire interne (intention influence, dans ton organisation)\u00a0: en période de changement, ces personnes ouvrent des portes.",
  },

  // -------------------------------------------------------------------------
  // La page HTML (net map --html)
  html: {
    pageTitle: (name) => `Carte du réseau · ${name}`,
    heading: (name) => `Ton réseau, ${name}`,
    running: (p) => `, ${p.elapsed} jours sur ${p.days} jusqu'ici`,
    madeOn: (p) => `${p.people} · faite le ${p.today} par net map`,
    pulse: "Pouls",
    rings: "Tes anneaux",
    colourBy: "Couleur par",
    sector: "secteur",
    circle: "cercle",
    tip: "Survole un point, ou place-toi sur les anneaux et utilise les flèches, pour voir qui c'est, ton dernier geste et ce qui est à faire.",
    heat: "Les gestes, jour par jour",
    figures: "Les chiffres, mois par mois",
    give: "Donner et recevoir",
    giveLine: (p) => `Bilan ${p.periodIn}\u00a0: donné ${p.gave}, reçu ${p.received}, demandé ${p.asked}.`,
    recontact: "À relancer",
    thank: "À remercier",
    suggestions: "Trois suggestions",

    ring: (p) => `${p.tier}\u00a0: ${p.people}`,
    nothingLogged: "rien de noté pour l'instant",
    lastGesture: (p) => `${p.gesture}, le ${p.date}`,
    nextDue: (date) => `prochain geste le ${date}`,
    dueSince: (date) => `à faire depuis le ${date}\u00a0: un petit geste suffit`,
    overdueSince: (date) => `attendu depuis le ${date}\u00a0: un petit geste suffit`,
    circleNotSet: "cercle non précisé",
    last: (text) => `dernier geste\u00a0: ${text}`,
    ringsLabel:
      "Ton réseau en anneaux, les plus proches au centre\u00a0: un point par personne. Les flèches passent d'une personne à l'autre.",

    dayTitle: (p) => `${p.day}\u00a0: ${p.what}`,
    quoted: (text) => `«\u00a0${text}\u00a0»`,
    toCome: "à venir",
    logged: (n) => count(n, "notée", "notées"),
    heatLabel: (p) =>
      `Interactions notées chaque jour du ${p.from} au ${p.to}\u00a0; ${p.name} encadré. Le tableau ci-dessous donne les chiffres.`,
    byMonth: "Interactions par mois",
    headMonth: "mois",
    headLogged: "notées",
    headDaysWithOne: "jours avec au moins une",
    headBusiest: "jour le plus actif",

    noExchange: (periodIn) => `Aucune aide, mise en relation ni partage échangé ${periodIn}.`,
    tookTitle: (p) => `${p.name}\u00a0: reçu ${p.received}, demandé ${p.asked}`,
    gaveTitle: (p) => `${p.name}\u00a0: donné ${p.gave}`,
    balanceLabel: "Donner et recevoir par personne, les plus déséquilibrés d'abord\u00a0; le tableau ci-dessous donne les chiffres.",
    axisTook: "← reçu / demandé",
    axisGave: "donné →",
    balanceCaption: (periodIn) => `Donner et recevoir ${periodIn} (aides, mises en relation, partages)`,
    headPerson: "personne",
    headGave: "donné",
    headReceived: "reçu",
    headAsked: "demandé",

    byNow: (n) => ` (${n} à ce jour)`,
    pulseCaption: (p) => `${p.name} comparé ${p.previousVs}${p.running ? " (sur le même nombre de jours)" : ""} et à tes objectifs`,
    headNow: "maintenant",
    headBefore: "avant",
    headChange: "écart",
    headGoal: "objectif",

    wellKept: "Personne n'a dépassé son rythme. Liens bien entretenus.",
    dormant: ", dormant",
    recontactItem: (p) => `${count(p.days, "jour", "jours")} depuis le ${p.since} (tous les ${p.cadence} jours)`,
    quietTies: (n) => `Et ${count(n, "lien en veille", "liens en veille")}, non ${plural("fr", n, { one: "listé", other: "listés" })}.`,
    recontactCounts: (p) => `${p.lapsed}, ${p.dormant}.`,

    nothingToThank: "Aucune aide ni mise en relation n'attend de remerciement.",
    thankItem: (p) => `${p.what} le ${p.date} (il y a ${count(p.days, "jour", "jours")})`,
    waitingInAll: (n) => `${n} en attente en tout.`,

    headPeople: "personnes",
    headNew: "nouvelles",
    byTier: "Par anneau (proximité)",
    bySector: "Par secteur",
    byCircle: "Par cercle",
    otherSectors: "autres secteurs",
    noSector: "sans secteur",
    notSet: "non précisé",
    due: "à faire",
    overdue: "en retard",
  },
};
