import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { quoted as q } from "./typography.js";

/** Who gave, after a kind found by net search: "aide (pour toi)". */
const DIRECTIONS: Record<string, string> = { gave: "de ta part", received: "pour toi", mutual: "dans les deux sens" };

export const people: Catalogue["people"] = {
  whoArgument: "slug, id ou nom",
  options: {
    company: "entreprise ou organisation",
    role: "rôle ou poste",
    sector: "secteur d'activité (par ex. recherche, fintech)",
    internal: "dans ton organisation",
    external: "hors de ton organisation",
    where: "lieu de la rencontre (événement, endroit, mise en relation)",
    via: "qui t'a présenté cette personne (rencontrée par son intermédiaire)\u00a0; --via \"\" l'oublie",
    intent: "pourquoi cette personne compte pour toi",
    tier: "proximité\u00a0: close 14d, active 30d, network 90d, dormant 180d",
    cadence: "rythme pour garder le contact, à la place de celui de la proximité (10d, 2w, 3m)",
    email: "adresse e-mail (répétable)",
    phone: "numéro de téléphone (répétable)",
    tag: "étiquette (répétable)",
    note: "notes sur cette personne",
    birthday: "anniversaire, MM-JJ ou AAAA-MM-JJ",
    milestone: 'une date à fêter, "libellé:AAAA-MM-JJ" (répétable)',
    url: "URL du profil (LinkedIn, site web)",
  },
  fields: {
    cadence: "rythme",
    cadenceTooLong: (cadence) => `un rythme de ${cadence} dépasse dix ans`,
    cadenceTooLongHint: "choisis plutôt 2w, 3m ou 1y",
    notEmail: (email) => `${q(email)} n'est pas une adresse e-mail`,
    notEmailHint: "écris-la comme ada@example.org",
    birthday: "anniversaire",
    milestoneDate: "date à fêter",
    unreadableDate: (p) => `impossible de lire ${q(p.text)} comme ${p.what}`,
    unreadableDateHint: "écris-la MM-JJ (12-10) ou AAAA-MM-JJ (1815-12-10), avec une année entre 1000 et 9999",
    unreadableMilestone: (text) => `impossible de lire la date à fêter ${q(text)}`,
    unreadableMilestoneHint: 'écris-la "libellé:AAAA-MM-JJ", par ex. "arrivée chez Acme:2024-03-01"',
  },
  add: {
    summary: "ajouter une personne que tu viens de rencontrer",
    description:
      "Ajoute une personne rencontrée et note cette première rencontre (à --date, aujourd'hui par défaut).\nSans nom, dans un terminal, un court assistant demande ce que les options n'ont pas donné\u00a0; avec --no-input ou hors d'un terminal, seul le nom est nécessaire.",
    nameArgument: "son nom complet",
    dateOption: `date de la rencontre (aujourd'hui, hier, ${q("vendredi dernier")}, 2026-11-20)`,
    dateDefault: "aujourd'hui",
    followUpOption: "prévoir une relance (2d, 1w, ou une date)",
    forceOption: "ajouter même si quelqu'un porte déjà ce nom",
    examples: `
Exemples\u00a0:
  net add "Ada Lovelace" --company "Analytical Engines" --role CTO \\
      --sector recherche --external --where "meetup IA Paris" \\
      --date hier --intent learn --tier active
  net add "Alan Turing" --via ada
  net add "Grace Hopper" --email grace@example.org --tag marine --follow-up 2d`,
    meetingDate: "la date de rencontre",
    noName: "qui as-tu rencontré\u00a0? il faut un nom",
    noNameHint: 'donne-le\u00a0: net add "Ada Lovelace" (aucune question sans terminal ou avec --no-input)',
    emptyName: "le nom ne peut pas être vide",
    emptyNameHint: 'donne-le\u00a0: net add "Ada Lovelace"',
    alreadyInWizard: (p) => `${p.name} est déjà dans ton réseau (${p.slug})\u00a0: un autre nom, ou Ctrl-C puis ${p.next}`,
    followUpBeforeMeeting: (p) => `la relance (${p.followUp}) tombe avant la rencontre (${p.metOn})`,
    followUpBeforeMeetingHint: "donne une date plus tardive ou une durée comme 2d",
    alreadyIn: (p) => `${p.name} est déjà dans ton réseau (${p.slug}${p.archived ? ", aux archives" : ""})`,
    restoreOrForceHint: (slug) => `pour retrouver cette personne\u00a0: net edit ${slug} --restore (ou ajoute quand même avec --force)`,
    logOrForceHint: (slug) => `note un geste avec\u00a0: net log ${slug} (ou ajoute une autre personne avec --force)`,
    added: (p) =>
      `${p.name} rejoint ton réseau\u00a0: rencontre ${p.when}${p.where ? ` (${p.where})` : ""}${p.through ? `, grâce à ${p.through}` : ""}.`,
    followUpScheduled: (day) => `Relance prévue le ${day}.`,
    firstContactLate: (log) =>
      `Un petit message maintenant, qui rappelle ce dont vous avez parlé, ancre encore ce premier contact\u00a0: ${log}`,
    firstContact: (p) => {
      const when =
        p.left === 0 ? "aujourd'hui" : p.left === 1 ? `d'ici demain (${p.until})` : `dans les ${p.left} jours (d'ici le ${p.until})`;
      return `Un petit message de remerciement ${when} ancre ce premier contact\u00a0: ${p.log}`;
    },
    firstMetNote: (where) => (where ? `première rencontre (${where})` : "première rencontre"),
    wizardSummary: (p) => `${p.name} rejoint ton réseau${p.profile ? ` (${p.profile})` : ""}\u00a0: ${p.parts.join(" · ")}.`,
    summaryMet: (p) => `rencontre ${p.when}${p.where ? ` (${p.where})` : ""}`,
    summaryEvery: (cadence) => `rythme ${cadence}`,
    summaryFollowUp: (day) => `relance le ${day}`,
    summaryNoFollowUp: "pas de relance",
  },
  roleAt: (parts) => parts.join(" chez "),
  circle: { internal: "interne", external: "externe" },
  edit: {
    summary: "modifier la fiche d'une personne",
    description:
      "Modifie la fiche d'une personne. Les étiquettes, e-mails, téléphones et dates à fêter donnés s'ajoutent\u00a0; une valeur vide (--company \"\") efface un champ.",
    nameOption: "renommer (le slug reste le même, tes scripts continuent de marcher)",
    metOnOption: "date de votre première rencontre",
    untagOption: "retirer une étiquette (répétable)",
    removeEmailOption: "retirer une adresse e-mail (répétable)",
    removePhoneOption: "retirer un numéro de téléphone (répétable)",
    restoreOption: "faire revenir une personne des archives",
    examples:
      '\nExemples\u00a0:\n  net edit ada --company "Babbage & Co" --tier close\n  net edit ada --tag mentor --untag speaker\n  net edit ada --cadence 3w\n  net edit alan --via ada\n  net edit ada --restore',
    nothingToChange: "rien à modifier",
    nothingToChangeHint: (who) => `indique les champs à changer, par ex. net edit ${who} --company "Babbage & Co" (voir net edit --help)`,
    emptyName: "le nom ne peut pas être vide",
    emptyNameHint: 'donne un nom, par ex. --name "Ada King"',
    selfIntroduced: (name) => `${name} ne peut pas être à la fois la personne rencontrée et celle qui te l'a présentée`,
    selfIntroducedHint: (who) => `indique qui t'a mis en relation\u00a0: net edit ${who} --via <qui>`,
    nameTaken: (p) => `${p.name} est déjà dans ton réseau (${p.slug})`,
    nameTakenHint: "choisis un nom qui permet de les distinguer",
    updated: (p) => `Fiche mise à jour\u00a0: ${p.name}${p.restored ? " (de retour des archives)" : ""}.`,
  },
  rm: {
    summary: "archiver (ou supprimer) une personne",
    description:
      "Archive une personne\u00a0: elle n'apparaît plus dans les listes ni les rappels, son historique est gardé (net edit <qui> --restore la fait revenir).\nAvec --purge, la supprime pour de bon, avec les échanges qui ne concernaient qu'elle.",
    purgeOption: "supprimer pour de bon au lieu d'archiver",
    yesOption: "ne pas demander de confirmation (avec --purge)",
    examples: "\nExemples\u00a0:\n  net rm ada\n  net rm ada --purge --yes",
    archived: (p) =>
      `${p.name} est aux archives. Son historique est gardé\u00a0; pour retrouver cette personne\u00a0: net edit ${p.slug} --restore`,
    needsConfirmation: (name) => `supprimer ${name} pour de bon demande une confirmation`,
    needsConfirmationHint: (slug) => `ajoute --yes\u00a0: net rm ${slug} --purge --yes`,
    kept: (name) => `${name} reste dans ton réseau\u00a0; rien n'a été supprimé.`,
    deleted: (p) =>
      `${p.name} ne fait plus partie de ton réseau\u00a0; ${p.interactions} ${plural("fr", p.interactions, {
        one: "échange qui ne concernait que cette personne a été effacé",
        other: "échanges qui ne concernaient que cette personne ont été effacés",
      })}.`,
  },
  show: {
    summary: "la fiche d'une personne et votre historique",
    description:
      "Montre tout sur une personne\u00a0: sa fiche, le rythme de contact, et l'historique de vos échanges, du plus récent au plus ancien.",
    limitOption: "ne montrer que les n derniers échanges",
    badLimit: (value) => `--limit attend un nombre d'échanges, pas ${q(value)}`,
    badLimitHint: "par ex. net show ada --limit 10",
    examples: "\nExemples\u00a0:\n  net show ada\n  net show ada-lovelace --json",
    archived: "  (aux archives)",
    labels: {
      sector: "secteur",
      circle: "cercle",
      met: "rencontre",
      introduced: "présentations",
      intent: "intention",
      tier: "proximité",
      nextDue: "prochain geste",
      email: "e-mail",
      phone: "téléphone",
      tags: "étiquettes",
      birthday: "anniversaire",
      milestones: "dates à fêter",
      ended: "terminées",
      url: "lien",
      notes: "notes",
    },
    // The place in parentheses, not after « à »: net cannot know its article (à la, au, à l')
    met: (p) =>
      [p.on, p.where ? (p.on ? `(${p.where})` : p.where) : null, p.through ? `grâce à ${p.through}` : null].filter(Boolean).join(" "),
    introduced: (names) => `t'a présenté ${names}`,
    tier: (p) => `${p.tier}, rythme ${p.cadence}${p.own ? " (personnalisé)" : ""}`,
    endedMilestone: (p) => `${p.label} ${p.date} (jusqu'au ${p.endedOn})`,
    noInteractions: "  Pas encore d'échange.",
    someone: "quelqu'un",
    event: (name) => `événement ${name}`,
    with: (names) => `avec ${names}`,
    followUp: (day) => `(relance le ${day})`,
  },
  context: {
    labels: {
      note: "note",
      promised: "promis",
      lately: "récemment",
      news: "nouvelles",
      comingUp: "à venir",
    },
    promised: (p) => `${p.note ? `${p.note} — ` : ""}relancer ${p.when}`,
    lately: (p) => `tu as donné ${p.gave}, reçu ${p.received} (${p.days} derniers jours)`,
    news: "des nouvelles",
    birthday: "anniversaire",
  },
  list: {
    summary: "lister les personnes de ton réseau",
    description: "Liste tes contacts\u00a0: entreprise, secteur, proximité, dernier contact et la date du prochain geste pour chacun.",
    tagOption: "seulement les personnes avec cette étiquette",
    companyOption: "seulement les personnes dont l'entreprise contient ce texte (sans tenir compte de la casse ni des accents)",
    sectorOption: "seulement les personnes dont le secteur contient ce texte",
    metAtOption: "seulement les personnes rencontrées à un lieu ou un événement contenant ce texte",
    tierOption: "seulement les personnes de cette proximité",
    dueOption: "seulement les personnes à qui un geste est dû aujourd'hui (ou en retard)",
    allOption: "inclure les personnes aux archives",
    sortOption: "trier par nom (name), date du prochain geste (due) ou dernier contact (last)",
    examples:
      '\nExemples\u00a0:\n  net list\n  net list --tag ai --json\n  net list --sort due\n  net list --company acme --sector fintech --due\n  net list --met-at "Paris AI" --tier active',
    noMatch: "Personne ne correspond à ces filtres.",
    noTag: (tag) => `Personne n'a l'étiquette ${q(tag)}.`,
    empty: 'Personne ici pour l\'instant. Ajoute la dernière personne rencontrée\u00a0: net add "Ada Lovelace" --where "…"',
    archived: " (aux archives)",
    never: "jamais",
    headers: {
      name: "NOM",
      slug: "SLUG",
      company: "ENTREPRISE",
      sector: "SECTEUR",
      tier: "PROXIMITÉ",
      lastContact: "DERNIER CONTACT",
      nextDue: "PROCHAIN GESTE",
    },
  },
  search: {
    summary: "retrouver des personnes et des échanges par tout ce qui est écrit à leur sujet",
    description:
      "Retrouve des personnes par nom, entreprise, rôle, secteur, étiquettes, lieu de rencontre et notes, et des échanges par leur note ou leur événement, sans tenir compte de la casse ni des accents.\n" +
      "Chaque mot peut être le début d'un mot\u00a0; tous doivent correspondre.\n" +
      "Les meilleurs résultats d'abord (le nom compte le plus), avec les mots trouvés mis en évidence.",
    wordsArgument: "ce que tu cherches",
    limitOption: (n) => `au plus n résultats (${n} par défaut)`,
    badLimit: (value) => `--limit attend un nombre de résultats, pas ${q(value)}`,
    badLimitHint: "par ex. net search fraud --limit 5",
    examples: '\nExemples\u00a0:\n  net search fintech fraud\n  net search "paris ai" --json\n  net search zoe      trouve aussi Zoé',
    nothingToSearch: "rien à chercher\u00a0: donne un mot avec des lettres ou des chiffres",
    nothingToSearchHint: 'par ex. net search fintech, ou net search "paris ai"',
    nothingFound: (words) => `Rien trouvé pour ${q(words)}.`,
    event: (name) => `événement ${name}`,
    interaction: (p) => `${p.kind} (${DIRECTIONS[p.direction] ?? p.direction})`,
  },
  find: {
    ambiguous: (p) => `${q(p.query)} peut désigner ${p.count} personnes\u00a0: ${p.list}`,
    ambiguousHint: (slug) => `utilise le slug, par ex. ${slug}`,
    archived: (p) => `${p.name} (${p.slug}) est aux archives`,
    archivedHint: (slug) => `pour retrouver cette personne\u00a0: net edit ${slug} --restore`,
    didYouMean: (list) => `tu voulais dire ${list}\u00a0?`,
    seeEveryone: "pour voir tout le monde\u00a0: net list",
    noOne: (query) => `personne ne s'appelle ${q(query)}`,
    pickOne: (query) => `${q(query)} peut désigner plusieurs personnes\u00a0: laquelle\u00a0?`,
  },
};
