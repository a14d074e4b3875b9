import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { log } from "./log.js";
import { list, nth, of, quoted } from "./typography.js";

const s = (n: number, one: string, other: string) => plural("fr", n, { one, other });

/** "aujourd'hui", "hier", "il y a 41 jours". */
const ago = (days: number) => (days <= 0 ? "aujourd'hui" : days === 1 ? "hier" : `il y a ${days} ${s(days, "jour", "jours")}`);

/** "il y a plus d'un an", "il y a 3 ans". */
const longAgo = (years: number) => (years <= 1 ? "il y a plus d'un an" : `il y a ${years} ans`);

/** Dit pour apaiser la peur de déranger (Liu, Rim, Min & Min, JPSP 2023). */
const reassurance = "après un long silence, un petit bonjour fait souvent plus plaisir qu'on ne le croit";

/** "le 1er décembre", "le 3 décembre". */
const onDay = (p: { day: number; month: string }) => `le ${nth(p.day)} ${p.month}`;

const dayWhen = (p: { days: number; on: string }) =>
  p.days === 0 ? "aujourd'hui" : p.days === 1 ? "demain" : p.days > 1 ? p.on : ago(-p.days);

/** "T4 2026" pour "2026Q4", comme sur la carte (la commande proposée garde 2026Q4, qu'elle lit aussi). */
const quarterName = (label: string) => String(label).replace(/^(\d{4})Q([1-4])$/, "T$2 $1");

/** Les textes des règles en français (tutoiement ; jamais de il/elle pour un contact). */
export const rules: Catalogue["rules"] = {
  words: {
    ago,
    longAgo,
    reassurance,
    onDay,
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    quote: (text: string) => ` (${quoted(text)})`,
    list,
    gesture: (p: { kind: string; received: boolean }) => {
      const phrases = (log.gestures as Record<string, { gave: string; received: string } | undefined>)[p.kind];
      return phrases ? (p.received ? phrases.received : phrases.gave) : p.kind;
    },
  },

  keepInTouch: {
    description: "le rythme convenu avec quelqu'un est dépassé depuis ton dernier échange, quel qu'il soit",
    why: "Entretenir ses liens dans la durée\u00a0: de petits gestes réguliers, sans arrière-pensée.",
    params: {
      "tier.close": "rythme des liens proches",
      "tier.active": "rythme des liens actifs",
      "tier.network": "rythme de ton réseau élargi",
      "tier.dormant": "rythme des liens en sommeil",
    },
    reconnect: (p) => `Reprends contact avec ${p.name} — la dernière fois, ${p.last}${p.note}, ${p.ago}`,
    sayHello: (p) => `Fais signe à ${p.name} — pas d'échange depuis votre premier contact${p.ago ? `, ${p.ago}` : ""}`,
    share: (first) => `partage quelque chose d'utile avec ${first}\u00a0: un article, une conférence, un outil qui t'a plu`,
    askNews: (p) =>
      p.company
        ? `demande à ${p.first} comment ça va chez ${p.company}\u00a0: une ligne suffit`
        : `demande des nouvelles à ${p.first}\u00a0: une ligne suffit`,
    remember: (first) => `envoie à ${first} un mot sur un détail de votre dernier échange`,
    news: (first) => `félicite ${first} pour sa nouvelle`,
    sharedBack: (first) => `dis à ${first} ce que tu as pensé de son partage`,
    askedBack: (first) => `raconte à ${first} comment ça s'est passé, et dis-lui merci`,
    learn: (first) => `demande à ${first} ce qui l'occupe en ce moment et ce que ça lui apprend`,
    longSilence: (suggestion) => `${suggestion} — ${reassurance}`,
  },

  firstFollowUp: {
    description: "tu as rencontré quelqu'un ces derniers jours et rien n'a été noté avec cette personne depuis",
    why: "Soigner le premier contact\u00a0: un petit mot après la rencontre transforme un échange en lien.",
    params: { days: "combien de jours après la rencontre le rappel reste là" },
    message: (p) =>
      `Tu as rencontré ${p.name} ${p.ago}${p.where ? ` (${p.where})` : ""} — un petit mot maintenant ancre ce premier contact`,
    suggestion: (first) => `envoie deux lignes à ${first}\u00a0: merci pour l'échange, et une chose que tu en retiens`,
  },

  followUpPromise: {
    description: "une date de relance notée (--follow-up) est arrivée et rien n'a été noté depuis avec les personnes concernées",
    why: "Relancer\u00a0: faire ce que tu as dit que tu ferais, c'est ce dont les gens se souviennent.",
    params: {},
    afterEvent: (event) => `après ${event}`,
    afterInteraction: (p) => {
      const nouns: Record<string, string> = {
        meeting: "votre rencontre",
        call: "votre appel",
        message: "vos messages",
        share: "ton partage",
        congrats: "tes félicitations",
        checkin: "ta prise de nouvelles",
        help: "ton coup de main",
        intro: "ta mise en relation",
        thanks: "tes remerciements",
        event: "l'événement",
        news: "sa nouvelle",
        ask: "ta demande",
      };
      return `après ${nouns[p.kind] ?? p.kind} ${p.ago}`;
    },
    message: (p) => `Relance ${p.name} comme prévu ${p.after}${p.note}`,
    suggestion: (first) => `écris à ${first} pour la suite dont vous avez parlé — court, c'est très bien`,
    noOneMessage: (p) => `C'est le moment de la relance prévue ${p.after}${p.note}`,
    noOneSuggestion: "envoie le mot, le lien ou la mise en relation que tu avais en tête",
  },

  newPersonMonth: {
    description:
      "ton objectif de nouvelles rencontres du mois n'est pas encore atteint\u00a0; plus pressant à l'approche de la fin du mois",
    why: "Rencontrer une nouvelle personne chaque mois — dans ton organisation ou en dehors, voire hors de ton secteur.",
    params: {},
    message: (p) => {
      const more = p.goal - p.met;
      const count =
        p.goal === 1 ? "une nouvelle personne" : `${more} ${s(more, "nouvelle personne de plus", "nouvelles personnes de plus")}`;
      const when = p.left === 0 ? "c'est le dernier jour du mois" : `encore ${p.left} ${s(p.left, "jour", "jours")}`;
      return `Rencontre ${count} ce mois-ci (${p.met} sur ${p.goal} pour l'instant, ${when})`;
    },
    outsideSector: (sector) =>
      `tes trois dernières rencontres étaient toutes dans le secteur ${sector}\u00a0: cette fois, regarde ailleurs`,
    suggestion: "propose un café à quelqu'un d'une autre équipe, ou va à un meetup et parle à une personne que tu ne connais pas",
  },

  narrativeCard: {
    description: "pas encore de carte de visite narrative, ou elle date, ou elle prend plus de 2 minutes à dire",
    why: "Préparer sa carte de visite narrative\u00a0: qui tu es en 2 minutes, clair, vivant, mémorable.",
    params: {
      maxAgeDays: "rafraîchir la carte après ce délai",
      maxSeconds: "durée à l'oral la plus longue qui reste confortable, en secondes",
    },
    missing: "Écris ta carte de visite narrative\u00a0: qui tu es et ce qui compte pour toi, en moins de 2 minutes",
    missingSuggestion: 'trois phrases suffisent pour commencer\u00a0: net card --set "…" (ou net card --edit)',
    long: (p) =>
      `Ta carte narrative prend environ ${p.seconds} secondes à dire — plus de ${p.minutes} ${s(p.minutes, "minute", "minutes")}`,
    longSuggestion: "garde ce qu'on doit retenir\u00a0: une histoire, une chose que tu cherches (net card --edit)",
    stale: (months) => `Ta carte narrative a ${months} mois — te ressemble-t-elle encore\u00a0?`,
    staleSuggestion: "relis-la une fois à voix haute\u00a0; mets à jour ce qui a changé (net card --edit)",
  },

  eventCadence: {
    description: "aucun événement, atelier ou rencontre de communauté depuis un moment",
    why: "Participer à des événements et communautés\u00a0: on y croise des gens qu'on ne rencontrerait pas autrement.",
    params: { days: "jours sans événement avant le rappel" },
    since: (days) => `Aucun événement depuis ${days} ${s(days, "jour", "jours")} — c'est le moment d'aller faire un tour quelque part`,
    never:
      "Aucun événement noté pour l'instant — un meetup, une conférence ou un appel de communauté, c'est une façon simple de rencontrer du monde",
    suggestion: 'choisis un meetup, une conférence ou un appel de communauté ce mois-ci, et vas-y\u00a0; note-le avec net log --event "…"',
  },

  giveFirst: {
    description:
      "quelqu'un t'a apporté plus d'aide, de mises en relation ou de partages que tu ne lui en as donné\u00a0; ou tu n'as rien donné à personne depuis un moment",
    why: "Donner avant de recevoir\u00a0: propose ton aide ou une mise en relation sans attendre de retour.",
    params: { days: "jours sans rien donner à personne avant le rappel" },
    giveBack: (p) => {
      if (p.received === 1) return `${p.name} t'a donné un coup de main ${p.ago} — offre-lui quelque chose en retour`;
      const back = p.gave === 0 ? "" : ` (tu lui en as donné ${p.gave === 1 ? "un" : p.gave})`;
      return `${p.name} t'a donné ${p.received} coups de main${back}, le dernier ${p.ago} — offre-lui quelque chose en retour`;
    },
    giveBackSuggestion: (first) =>
      `propose à ${first} quelque chose sans contrepartie\u00a0: une mise en relation, un lien utile, ton aide sur ce qui l'occupe`,
    lastGesture: (days) =>
      `Ton dernier geste envers quelqu'un remonte à ${days} ${s(days, "jour", "jours")}\u00a0: une belle journée pour donner sans arrière-pensée`,
    noGesture: "Donne sans arrière-pensée\u00a0: un partage, un coup de main, une mise en relation",
    anyoneSuggestion: "pense à une personne à qui un article que tu as lu ferait plaisir, ou à deux personnes qui devraient se rencontrer",
  },

  thank: {
    description: "tu as reçu de l'aide ou une mise en relation et aucun remerciement n'est noté depuis",
    why: "Remercier\u00a0: reconnaître l'aide reçue garde la porte ouverte et fait du don une habitude dans les deux sens.",
    params: {
      days: "jours après lesquels le remerciement devient pressant",
      maxDays: "passé ce délai, un merci non dit est laissé de côté",
    },
    message: (p) => `Remercie ${p.name} — ${p.intro ? "une mise en relation" : "un coup de main"} de sa part ${p.ago}${p.note}`,
    suggestion: (p) => `dis à ${p.first} ce que ${p.intro ? "sa mise en relation" : "son aide"} a rendu possible, en une ligne ou deux`,
  },

  congratulate: {
    description: "un anniversaire ou une date marquante arrive, ou quelqu'un a partagé une nouvelle ces derniers jours",
    why: "Petits gestes\u00a0: féliciter, prendre des nouvelles, sans arrière-pensée.",
    params: {
      newsDays: "jours après une nouvelle notée pendant lesquels féliciter",
      daysBefore: "jours avant un anniversaire ou une date marquante où le rappel commence",
      daysAfter: "jours après un anniversaire ou une date marquante où il est encore temps d'écrire",
    },
    birthday: (p) =>
      p.days === 0
        ? `C'est l'anniversaire ${of(p.first)} aujourd'hui`
        : p.days === 1
          ? `L'anniversaire ${of(p.first)}, c'est demain`
          : p.days > 1
            ? `L'anniversaire ${of(p.first)}, c'est ${p.on}`
            : `L'anniversaire ${of(p.first)}, c'était ${ago(-p.days)}`,
    milestone: (p) => `${p.name}\u00a0: ${p.label}${p.years > 0 ? `, ${p.years} ${s(p.years, "an", "ans")} déjà` : ""} (${dayWhen(p)})`,
    birthdaySuggestion: (first) => `souhaite un joyeux anniversaire à ${first} — une ligne chaleureuse suffit`,
    milestoneSuggestion: (first) => `félicite ${first}\u00a0; demande ce qui vient ensuite`,
    news: (p) => `${p.name} a partagé une nouvelle ${p.ago}${p.note}`,
    newsSuggestion: (first) => `félicite ${first} — un message court et sincère`,
  },

  quarterlyMap: {
    description: "le trimestre se termine bientôt (ou vient de finir) et son bilan (net map --quarter) n'est pas fait",
    why: "Cartographier ses contacts chaque trimestre, pour repérer qui relancer ou remercier.",
    params: { days: "jours avant la fin du trimestre (et après) où le bilan est attendu" },
    current: (p) => `Bilan trimestriel\u00a0: le ${quarterName(p.label)} se termine ${p.on}`,
    previous: (label) => `Le bilan trimestriel du ${quarterName(label)} reste à faire`,
    suggestion: (command) => `prends 15 minutes avec un café\u00a0: ${command}`,
  },

  introFollowThrough: {
    description: "une mise en relation que tu as faite date de quelques jours et rien n'a été noté depuis avec les personnes concernées",
    why: "Proposer une mise en relation et la suivre\u00a0: demander comment ça s'est passé lui donne tout son poids.",
    params: { days: "jours après la mise en relation pour demander comment ça s'est passé" },
    one: (p) => `Tu as présenté ${p.name} à quelqu'un ${p.ago}`,
    many: (p) => `Tu as mis en relation ${p.names.join(" et ")} ${p.ago}`,
    suggestion: (who) => `demande à ${who} comment ça s'est passé — et si tu peux aider davantage`,
  },

  notIsolated: {
    description: "trop peu d'échanges, de toute sorte, ces derniers jours",
    why: "En période de changement, un réseau apporte des retours, des idées et des partenaires\u00a0: ne pas rester isolé.",
    params: {
      days: "la période observée, en jours",
      min: "nombre d'échanges sur cette période en dessous duquel le rappel arrive",
    },
    message: (p) =>
      p.count === 0
        ? `C'est calme en ce moment\u00a0: aucun échange sur les ${p.days} derniers jours`
        : `C'est calme en ce moment\u00a0: ${p.count} ${s(p.count, "échange", "échanges")} sur les ${p.days} derniers jours`,
    suggestion:
      "un petit pas facile\u00a0: réponds à la publication de quelqu'un, ou propose un café de 15 minutes à quelqu'un de ton équipe",
  },

  gratitude: {
    description:
      "une fois par trimestre, une personne qui t'a donné un coup de main il y a plus d'un an, à remercier de nouveau en disant ce que ça a permis",
    why: "Remercier, encore\u00a0: dire à quelqu'un ce que son aide a rendu possible lui fait plus plaisir que tu ne l'imagines, et c'est moins gênant qu'il n'y paraît (Kumar & Epley, 2018).",
    params: {
      day: "jour du trimestre où le rappel arrive",
      afterDays: "aide datant d'au moins ce délai",
      restDays: "pas une personne remerciée aussi récemment",
    },
    message: (p) => `Remercie encore ${p.name} — ${p.intro ? "une mise en relation" : "un coup de main"} de sa part ${p.ago}${p.note}`,
    suggestion: (p) =>
      `dis à ${p.first} ce que ${p.intro ? "sa mise en relation" : "son aide"} a rendu possible depuis, en quelques lignes\u00a0: ce genre de mot fait plus plaisir qu'on ne le pense`,
  },

  rediscover: {
    description: "une ou deux fois par mois, un lien silencieux depuis des années, à qui demander conseil",
    why: "Réveiller ses liens dormants\u00a0: les personnes perdues de vue depuis des années donnent des conseils aussi utiles que tes liens actuels, et plus neufs (Levin, Walter & Murnighan, 2011).",
    params: {
      perMonth: "fois par mois (1 ou 2)",
      years: "années de silence qui rendent un lien dormant",
    },
    silentFor: (years) => `pas d'échange depuis ${years <= 1 ? "plus d'un an" : `${years} ans`}`,
    connected: (when) => `premier contact ${when}, sans échange depuis`,
    met: (when) => `une rencontre ${when}, sans échange depuis`,
    outside: (sector) => ` (${sector}, hors de ton secteur habituel)`,
    message: (p) => `Renoue avec ${p.name}${p.outside} — ${p.since}`,
    suggestion: (first) =>
      `demande conseil à ${first} sur une chose concrète qui t'occupe («\u00a0comment tu t'y prendrais\u00a0?\u00a0»), avec une ligne sur ce que tu deviens — ${reassurance}`,
  },
};
