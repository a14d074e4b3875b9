import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { list, of } from "./typography.js";

/**
 * What `net log` noted, worded per gesture and per who gave, as one would say it: "tu as écrit à
 * Grace Hopper", "coup de main reçu d'Élodie Martin". Never a participle about the user (no
 * gender to guess) nor il/elle about a contact.
 */
function logged(p: { kind: string; names: string; key: string; direction: string; people: string[] }): string {
  const names = p.names;
  const from = of(names);
  const gave = p.direction === "gave";
  const received = p.direction === "received";
  switch (p.key) {
    case "meeting":
      return `rencontre avec ${names}`;
    case "call":
      return gave ? `tu as appelé ${names}` : received ? `appel reçu ${from}` : `appel avec ${names}`;
    case "message":
      return gave ? `tu as écrit à ${names}` : received ? `message reçu ${from}` : `échange de messages avec ${names}`;
    case "share":
      return gave ? `tu as partagé quelque chose avec ${names}` : received ? `partage reçu ${from}` : `partages échangés avec ${names}`;
    case "congrats":
      return gave ? `tu as félicité ${names}` : received ? `félicitations reçues ${from}` : `félicitations échangées avec ${names}`;
    case "checkin":
      return gave
        ? `tu as pris des nouvelles ${from}`
        : received
          ? `${names} ${p.people.length > 1 ? "ont" : "a"} pris de tes nouvelles`
          : `nouvelles échangées avec ${names}`;
    case "help":
      return gave ? `tu as donné un coup de main à ${names}` : received ? `coup de main reçu ${from}` : `entraide avec ${names}`;
    case "intro": {
      const [first = "", ...others] = p.people;
      if (gave) return others.length > 0 ? `mise en relation entre ${names}` : `tu as présenté quelqu'un à ${names}`;
      if (received) return others.length > 0 ? `${first} t'a présenté ${list(others)}` : `mise en relation reçue ${from}`;
      return `mise en relation avec ${names}`;
    }
    case "thanks":
      return gave ? `tu as remercié ${names}` : received ? `remerciements reçus ${from}` : `remerciements échangés avec ${names}`;
    case "news":
      return gave ? `tu as donné de tes nouvelles à ${names}` : received ? `des nouvelles ${from}` : `nouvelles échangées avec ${names}`;
    case "ask":
      return gave ? `tu as demandé quelque chose à ${names}` : received ? `demande reçue ${from}` : `demandes échangées avec ${names}`;
    default:
      return `${p.kind} avec ${names}`;
  }
}

export const log: Catalogue["log"] = {
  // -- net log --help
  summary: "noter un geste ou une rencontre",
  description:
    "Note une interaction avec une ou plusieurs personnes\u00a0: de quelle sorte, qui a donné, quand, une note.\nLa note peut aussi suivre les noms\u00a0: net log ada -- envoyé l'article.\nAvec --event, note un événement auquel tu as participé, avec ou sans personnes.",
  whoArgument: "des personnes (slug, id ou nom\u00a0; approximatif, accents facultatifs), puis éventuellement la note",
  optKind: "ce qui s'est passé",
  optGave: "tu as donné (par défaut, sauf pour news\u00a0: reçu)",
  optReceived: "on te l'a donné",
  optMutual: "dans les deux sens",
  optDate: "quand (aujourd'hui, hier, «\u00a0vendredi dernier\u00a0», «\u00a0il y a 3 jours\u00a0», 2026-11-20)",
  optDateDefault: "aujourd'hui",
  optNote: "de quoi il s'agissait",
  optFollowUp: "une relance promise\u00a0: une durée à partir de ce jour (2w) ou une date",
  optEvent: "un événement auquel tu as participé (sorte event)",
  examples: (kinds) => `
Sortes\u00a0: ${kinds} (checkin par défaut\u00a0; event avec --event).

Exemples\u00a0:
  net log ada --kind share --note "Envoyé l'article sur les systèmes de types"
  net log ada grace --kind meeting --date "vendredi dernier" --follow-up 2w
  net log ada --kind help --received --note "Mise en relation avec son investisseur"
  net log ada alan --kind intro --received   (Ada t'a présenté Alan\u00a0: tu as rencontré Alan par Ada)
  net log ada alan --kind intro              (tu as mis Ada et Alan en relation)
  net log --event "DevOps Days Paris" --date 2026-11-20`,

  // -- net log
  twoNotes: "deux notes données\u00a0: une après les noms et une avec --note",
  twoNotesHint: "garde l'une des deux",
  eventNotKind: (kind) => `--event note un événement, pas un geste de sorte ${kind}`,
  eventNotKindHint: "retire --kind, ou retire --event",
  eventNeedsName: "l'événement a besoin d'un nom",
  eventNeedsNameHint: 'net log --event "Meetup IA Lyon"',
  theDate: "la date",
  followUpBefore: (p) => `la relance (${p.followUp}) tombe avant l'interaction (${p.date})`,
  followUpBeforeHint: "donne une date plus tardive ou une durée comme 2w",
  whoWasIt: "avec qui\u00a0? nomme au moins une personne",
  whoWasItHint: "net log ada --kind share (ou --event <nom> pour un événement)",
  noOneYet: "personne avec qui noter un geste pour l'instant",
  noOneYetHint: 'ajoute les personnes que tu rencontres\u00a0: net add "Ada Lovelace"',
  loggedEvent: (p) => `événement ${p.event}${p.names ? ` avec ${p.names}` : ""}`,
  loggedKind: (p) => logged(p),
  logged: (p) => `Noté\u00a0: ${p.what}, le ${p.date}.${p.followUp ? ` Relance le ${p.followUp}.` : ""}`,
  metThrough: (p) => `C'est noté\u00a0: tu as rencontré ${p.met} par l'intermédiaire ${of(p.through)}.`,
  lastNameSeparator: " et ",
  kinds: {
    meeting: "rencontre",
    call: "appel",
    message: "message",
    share: "partage",
    congrats: "félicitations",
    checkin: "prise de nouvelles",
    help: "aide",
    intro: "mise en relation",
    thanks: "remerciements",
    event: "événement",
    news: "nouvelle",
    ask: "demande",
  },
  // "vous" here is the two of you (the user and the contact): no pronoun about the contact alone.
  gestures: {
    meeting: { gave: "vous avez passé un moment ensemble", received: "vous avez passé un moment ensemble" },
    call: { gave: "vous avez parlé au téléphone", received: "vous avez parlé au téléphone" },
    message: { gave: "vous avez échangé des messages", received: "tu as reçu un message de sa part" },
    share: { gave: "tu as partagé quelque chose", received: "tu as reçu un partage de sa part" },
    congrats: { gave: "tu lui as adressé tes félicitations", received: "tu as reçu ses félicitations" },
    checkin: { gave: "tu as pris de ses nouvelles", received: "tu as pris de ses nouvelles" },
    help: { gave: "tu lui as donné un coup de main", received: "tu as reçu un coup de main de sa part" },
    intro: { gave: "tu as fait une mise en relation", received: "tu as reçu une mise en relation de sa part" },
    thanks: { gave: "tu lui as dit merci", received: "tu as reçu ses remerciements" },
    event: { gave: "vous avez échangé lors d'un événement", received: "vous avez échangé lors d'un événement" },
    news: { gave: "tu as appris une nouvelle de sa part", received: "tu as appris une nouvelle de sa part" },
    ask: { gave: "tu lui as demandé quelque chose", received: "tu as reçu une demande de sa part" },
  },

  // -- net log edit / rm --help
  editSummary: "modifier une interaction notée",
  editDescription:
    "Modifie une interaction\u00a0: par son id (affiché par net log, ou un début unique de celui-ci) ou sous la forme <qui>:<n>, la n-ième " +
    "de l'historique numéroté de net show <qui> (1 est la plus récente). Les rappels suivent le nouveau jour.",
  refArgument: "un id d'interaction, ou qui:n (par exemple ada:1)",
  optNewDate: "le nouveau jour",
  optNewKind: "la nouvelle sorte",
  optEditGave: "tu as donné",
  optNewNote: 'la nouvelle note ("" l\'efface)',
  optEditFollowUp: "une relance\u00a0: une durée à partir du jour de l'interaction (2w) ou une date\u00a0; \"none\" l'efface",
  optWith: "ajouter une personne (répétable)",
  optWithout: "retirer une personne (répétable)",
  editExamples:
    '\nExemples\u00a0:\n  net show ada                       # l\'historique numéroté\n  net log edit ada:1 --date hier --kind call\n  net log edit ada:2 --with grace --without ada\n  net log edit 3f2a9c --note "" --follow-up none',
  rmSummary: "supprimer une interaction notée",
  rmDescription:
    "Supprime une interaction, par son id ou sous la forme <qui>:<n> (voir net show <qui>). Demande confirmation dans un terminal\u00a0; --yes sinon.",
  optYes: "ne pas demander de confirmation",
  rmExamples: "\nExemples\u00a0:\n  net log rm ada:1\n  net log rm 3f2a9c --yes",

  // -- net log edit / rm
  noSuchNumbered: (p) =>
    p.count === null || p.count === 0
      ? `${p.name} n'a aucune interaction\u00a0; il n'y a pas de ${p.ref}`
      : `${p.name} n'a que ${p.count} ${plural("fr", p.count, { one: "interaction", other: "interactions" })}\u00a0; il n'y a pas de ${p.ref}`,
  seeTimelineHint: (slug) => `vois l'historique numéroté avec\u00a0: net show ${slug}`,
  noInteraction: (ref) => `aucune interaction «\u00a0${ref}\u00a0»`,
  noInteractionHint: "donne l'id affiché par net log (ou au moins ses 6 premiers caractères), ou qui:n d'après net show <qui>",
  someone: "quelqu'un",
  describeEvent: (name) => `événement ${name}`,
  describeWith: (names) => ` avec ${names}`,
  describeFollowUp: (day) => ` (relance le ${day})`,
  nextDue: (p) => `  ${p.name}\u00a0: prochain geste prévu le ${p.day}`,
  cantBecomeEvent: "une interaction ne peut pas devenir un événement ici",
  cantBecomeEventHint: "note l'événement avec\u00a0: net log --event <nom>",
  eventCantBecome: (kind) => `un événement ne peut pas devenir un geste de sorte ${kind}`,
  eventCantBecomeHint: "supprime-le (net log rm) et note-le à nouveau",
  followUpBeforeEditHint: "donne une date plus tardive, ou --follow-up none",
  notInInteraction: (name) => `${name} ne fait pas partie de cette interaction`,
  notInInteractionHint: "vois qui en fait partie avec\u00a0: net show <qui>",
  needsSomeone: "une interaction a besoin d'au moins une personne",
  needsSomeoneHint: "supprime-la plutôt\u00a0: net log rm <réf>",
  nothingChanged: "Rien n'a changé.",
  nothingToChange: "rien à modifier",
  nothingToChangeHint: "dis quoi modifier\u00a0: --date, --kind, --gave/--received/--mutual, --note, --follow-up, --with, --without",
  changed: (p) => `Avant\u00a0: ${p.before}\nAprès\u00a0: ${p.after}`,
  removeNeedsConfirmation: (what) => `supprimer ${what} demande une confirmation`,
  removeNeedsConfirmationHint: (ref) => `ajoute --yes\u00a0: net log rm ${ref} --yes`,
  removeQuestion: (what) => `Supprimer ${what}\u00a0?`,
  nothingRemoved: "Rien n'a été supprimé.",
  removed: (what) => `Supprimé\u00a0: ${what}`,

  // -- net undo
  undoSummary: "revenir sur le dernier changement",
  undoDescription:
    "Annule la dernière commande qui a modifié des données (add, log, log edit/rm, edit, rm, done, snooze, import, " +
    "card, goals, rules…)\u00a0: montre ce qui sera annulé et demande d'abord (--yes sans terminal).\n" +
    "Annule à nouveau pour rétablir. --list montre les 20 derniers changements.",
  optList: "les 20 derniers changements, du plus récent au plus ancien",
  undoExamples: "\nExemples\u00a0:\n  net undo\n  net undo --list\n  net undo --yes",
  tables: {
    contacts: { one: "personne", other: "personnes" },
    interactions: { one: "interaction", other: "interactions" },
    interaction_people: { one: "lien avec une personne", other: "liens avec des personnes" },
    contact_memory: { one: "mémoire d'import", other: "mémoires d'import" },
    reminder_state: { one: "état de rappel", other: "états de rappel" },
    settings: { one: "réglage", other: "réglages" },
    reviews: { one: "revue", other: "revues" },
  },
  counted: (p) => `${p.count} ${plural("fr", p.count, { one: p.one, other: p.other })}`,
  removes: "retire",
  bringsBack: "remet",
  putsBack: "rétablit",
  undoLine: (p) => `  ${p.verb} ${p.what}\u00a0: ${p.shown}${p.more > 0 ? `, et ${p.more} de plus` : ""}`,
  interactionRow: (p) => `${p.kind} du ${p.date}`,
  reviewRow: (period) => `la revue de ${period}`,
  undid: (id) => ` (a annulé #${id})`,
  isGone: (name) => `${name} n'existe plus`,
  isThereAgain: (name) => `${name} existe de nouveau`,
  changedColumns: (p) => `${p.name} a changé (${p.columns})`,
  cantUndoDrift: (p) =>
    `impossible d'annuler #${p.id} (${p.command})\u00a0: modifié depuis par quelque chose que net n'a pas journalisé\u00a0: ${p.named}`,
  cantUndoDriftHint: "corrige à la main (net edit, net log edit), ou remets une copie\u00a0: net backup --list",
  noChangeYet: "Aucun changement enregistré pour l'instant.",
  cantBeUndone: "  [ne peut pas être annulé]",
  nothingToUndo: "il n'y a rien à annuler",
  nothingToUndoHint: "net undo revient sur les changements faits à partir de cette version de net",
  lastCantBeUndone: (title) => `le dernier changement ne peut pas être annulé\u00a0: ${title}`,
  lastCantBeUndoneHint: "remets plutôt une copie\u00a0: net backup --list",
  undoHeading: (p) => `${p.redo ? "Rétablir (annuler l'annulation)" : "Annuler"} ${p.title}\u00a0:`,
  undoNeedsConfirmation: "annuler demande une confirmation",
  undoNeedsConfirmationHint: "ajoute --yes\u00a0: net undo --yes",
  redoIt: "Le rétablir\u00a0?",
  undoIt: "L'annuler\u00a0?",
  nothingWasChanged: "Rien n'a été modifié.",
  anotherChange: (what) => `un autre changement a été fait entre-temps\u00a0: ${what}\u00a0; rien n'a été annulé`,
  journalEmptied: "le journal a été vidé",
  anotherChangeHint: "relance net undo pour voir ce qu'il annulerait",
  redone: (what) => `Rétabli\u00a0: ${what} (net undo à nouveau pour l'annuler)`,
  undone: (what) => `Annulé\u00a0: ${what} (net undo à nouveau pour le rétablir)`,
};
