import type { Catalogue } from "../en/index.js";

// The messages themselves say "vous" to the contact (net still says "tu" to the user): a draft goes
// mostly to professional contacts, often met once, and French business writing starts with "vous".
// Moving to "tu" is easy and never offends; an unwanted "tu" can. Templates are the user's to change
// (net draft templates --edit). Nothing agrees with anyone's gender: neither the contact's nor the
// user's ("j'ai eu plaisir à", not "ravi de").

export const draft: Catalogue["draft"] = {
  // -- net draft --help
  summary: "un message court, prêt à retoucher, pour un geste",
  description:
    "Un message court à retoucher et envoyer, pour un rappel de la liste du jour (par son numéro) ou pour une personne (la sorte " +
    "de message est alors devinée d'après ce qui est dû pour elle). Il n'utilise que ce que net sait\u00a0: prénom, le lieu et la date " +
    "de votre rencontre, la dernière note, ses nouvelles, l'aide à remercier, la promesse faite, les personnes d'une mise en " +
    "relation, ta carte de visite narrative.\n" +
    "`net draft templates` affiche les modèles (--edit pour les modifier, --set <fichier> pour les charger, --reset pour revenir à ceux par défaut).",
  targetArgument: "un numéro de la liste du jour de net nudge, une personne (slug, id ou nom), ou `templates`",
  optKind: "la sorte de message",
  optCopy: "copier le brouillon dans le presse-papiers",
  optMailto: "ouvrir ta messagerie avec l'objet et le texte (à son adresse quand elle est connue)",
  optEdit: "retoucher d'abord le brouillon dans $VISUAL/$EDITOR (avec `templates`\u00a0: modifier les modèles)",
  optSet: "avec `templates`\u00a0: remplacer tes modèles par ceux de ce fichier (- lit l'entrée standard)",
  optReset: "avec `templates`\u00a0: revenir aux modèles par défaut",
  examples:
    "\nExemples\u00a0:\n  net draft 1\n  net draft ada --kind thanks --copy\n  net draft ada --mailto\n  net draft ada --json\n  net draft templates > t.txt && net draft templates --set t.txt",

  // -- net draft
  setResetForTemplates: "--set et --reset sont pour net draft templates",
  setResetForTemplatesHint: "par exemple net draft templates --set t.txt",
  editNeedsEditor: "--edit a besoin de $EDITOR (ou $VISUAL) et d'un terminal",
  editNeedsEditorHint: "retire --edit, puis copie le brouillon\u00a0: net draft … --copy",
  nothingSent: "rien n'a été envoyé",
  checkEditor: "vérifie $EDITOR",
  copiedAfterSending: (p) => `Copié dans le presse-papiers. Une fois envoyé\u00a0: net log ${p.slug} --kind ${p.kind}`,
  noClipboard: (why) => `Aucun presse-papiers utilisable par net (${why})\u00a0; voici le brouillon à copier à la main.`,
  mailOpened: (email) => `Messagerie ouverte${email ? `, adressée à ${email}` : ""}.`,
  noMail: (why) => `Impossible d'ouvrir une messagerie (${why})\u00a0; voici le brouillon.`,
  afterSending: (p) => `Une fois envoyé\u00a0: net log ${p.slug} --kind ${p.kind}`,
  draftNumberHint: "lance net nudge, puis net draft <n> avec un numéro qu'il affiche (ou net draft <qui>)",
  nothingToDraft: "rien n'était dû dans la liste du jour, il n'y a donc aucun numéro pour lequel écrire",
  noLongerDue: (n) => `le n°\u00a0${n} n'est plus dû (fait ou reporté)`,
  noLongerDueHint: "écris plutôt à la personne\u00a0: net draft <qui>",
  aboutNoOne: (n) => `le n°\u00a0${n} ne concerne personne en particulier\u00a0: il n'y a personne à qui écrire`,
  aboutNoOneHint: "net draft <qui> prépare un message pour une personne",
  bothGiven: (flags) => `${flags} donnés ensemble`,
  flagsJoin: " et ",
  useOne: "utilise l'une des options seulement",
  notForTemplates: "--kind, --copy et --mailto sont pour un brouillon, pas pour les modèles",
  notForTemplatesHint: "par exemple net draft ada --copy",
  editTemplatesHint: "net draft templates > t.txt, modifie-le, puis net draft templates --set t.txt",
  templatesUnchanged: "les modèles n'ont pas changé",
  checkEditorOrSet: "vérifie $EDITOR, ou utilise --set",
  backToDefaults: "Retour aux modèles par défaut.",
  notSaved: (problems) => `les modèles n'ont pas été enregistrés\u00a0: ${problems}`,
  problemAt: (p) => `ligne ${p.line}\u00a0: ${p.message}`,
  placeholdersAre: (list) => `les champs possibles sont ${list}`,
  savedOwn: (kinds) => `Modèles enregistrés (les tiens pour\u00a0: ${kinds}).`,
  savedDefaults: "Modèles enregistrés (tous par défaut).",
  cantRead: (p) => `impossible de lire ${p.path}\u00a0: ${p.why}`,
  cantReadHint: "donne un fichier de modèles écrit par\u00a0: net draft templates > t.txt",
  badTemplate: (p) => `ton modèle ${p.kind}\u00a0: ${p.problem}`,
  badTemplateHint: "corrige-le avec\u00a0: net draft templates --edit",
  noClipboardWhy: "pas de presse-papiers",
  openerExited: (code) => `le programme d'ouverture s'est arrêté avec le code ${code}`,

  // -- the draft and its facts
  subjectLine: (subject) => `Objet\u00a0: ${subject}`,
  othersJoin: " et ",
  helpWhat: {
    help: "votre aide",
    intro: "la mise en relation",
    share: "ce partage",
    ask: "vos conseils",
  },
  occasion: (label) => (label === "birthday" ? "anniversaire" : label),
  today: "aujourd'hui",
  yesterday: "hier",
  fewDaysAgo: "il y a quelques jours",
  lastWeek: "la semaine dernière",
  fewWeeksAgo: "il y a quelques semaines",
  inMonth: (p) => `en ${p.month} ${p.year}`,
  months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  defaultSubjects: {
    thanks: "Merci",
    congrats: "Félicitations",
    "follow-up": "Suite à notre échange",
    reconnect: "Des nouvelles",
    intro: "Une mise en relation",
    first: "Suite à notre rencontre",
    ask: "Votre avis",
  },

  // -- the templates file (net draft templates)
  placeholderHelp: {
    first: "le prénom",
    name: "le nom complet",
    company: "son entreprise",
    role: "son poste",
    met_where: "le lieu de votre rencontre",
    met_when: "la date de votre rencontre (hier, la semaine dernière, en mars 2025)",
    last_note: "la dernière note à son sujet",
    news: "ses nouvelles, telles que notées",
    occasion: "un anniversaire ou une date marquante à venir",
    help_what: "ce que cette personne a fait pour toi (votre aide, la mise en relation)",
    help_note: "la note de cette aide",
    promise: "ce sur quoi tu as promis de revenir",
    other: "l'autre personne d'une mise en relation que tu as faite",
    card: "la première phrase de ta carte de visite narrative",
  },
  fileHead: (p) => [
    `# Modèles de net draft. Chaque variante commence par une ligne '## <sorte>'\u00a0; sortes\u00a0: ${p.kinds}.`,
    "# La première ligne d'une variante est 'Objet\u00a0: ...' (ou 'Subject: ...'). Une phrase par ligne\u00a0: les lignes d'un paragraphe sont jointes.",
    "# Une ligne qui cite un fait que net ne connaît pas est omise\u00a0; une ligne qui commence par '| ' remplace alors la ligne du dessus.",
    `# Champs\u00a0: ${p.placeholders}.`,
    "# Les lignes qui commencent par '#' sont des commentaires. Une sorte absente garde ses modèles par défaut.",
  ],
  placeholderEntry: (p) => `{${p.name}} ${p.what}`,
  placeholderSeparator: "\u00a0; ",
  unknownPlaceholders: (list) => `cite des champs inconnus\u00a0: ${list}`,
  unknownKind: (p) => `sorte inconnue «\u00a0${p.name}\u00a0» (sortes\u00a0: ${p.kinds})`,
  textBeforeKind: "du texte avant la première ligne '## <sorte>'",
  unknownPlaceholderLine: (p) => `${p.count > 1 ? "champs inconnus" : "champ inconnu"} ${p.list}`,

  templates: {
    thanks: [
      `Objet\u00a0: Merci
Bonjour {first},

Merci encore pour {help_what} ({help_note}).
| Merci encore pour {help_what}.
| Je tenais à vous remercier pour votre aide.
Cela m'a vraiment été précieux.
Si je peux un jour vous rendre la pareille, n'hésitez surtout pas.`,
      `Objet\u00a0: Un petit merci
Bonjour {first},

Je tenais à vous écrire pour vous remercier de {help_what} ({help_note}).
| Je tenais à vous écrire pour vous remercier de {help_what}.
| Je tenais simplement à vous dire merci.
Cela a beaucoup compté pour moi.
J'espère que tout va bien pour vous chez {company}.
| J'espère que tout va bien de votre côté.`,
    ],
    congrats: [
      `Objet\u00a0: Joyeux {occasion}\u00a0!
| Objet\u00a0: Félicitations\u00a0!
Bonjour {first},

Joyeux {occasion}\u00a0!
| Je viens de voir votre nouvelle ({news})\u00a0: félicitations\u00a0!
| Félicitations pour votre nouvelle\u00a0!
J'espère que vous pourrez savourer ce moment.
J'aimerais beaucoup savoir comment ça se passe, quand vous aurez une minute.`,
      `Objet\u00a0: Tous mes vœux
| Objet\u00a0: Une belle nouvelle
Bonjour {first},

Tous mes vœux pour votre {occasion}\u00a0!
| Félicitations pour votre nouvelle ({news})\u00a0!
| Félicitations pour votre nouvelle\u00a0!
Je m'en réjouis sincèrement pour vous.
N'hésitez pas à me dire si je peux vous aider dans ce nouveau chapitre.`,
    ],
    "follow-up": [
      `Objet\u00a0: Suite à notre échange
Bonjour {first},

Comme promis, je reviens vers vous à ce sujet\u00a0: {promise}.
| Comme promis, je reviens vers vous suite à notre dernier échange.
Dites-moi ce que vous en pensez, ou si les choses ont changé de votre côté.
Nous pouvons aussi en parler de vive voix si c'est plus simple.`,
      `Objet\u00a0: Je reviens vers vous
Bonjour {first},

Je vous avais dit que je reviendrais vers vous, alors voilà\u00a0: {promise}.
| Je vous avais dit que je reviendrais vers vous, alors voilà.
Est-ce toujours d'actualité pour vous\u00a0?
Rien ne presse.`,
    ],
    reconnect: [
      `Objet\u00a0: Des nouvelles
Bonjour {first},

Cela fait un moment, et j'ai pensé à vous.
Je repensais à notre dernier échange ({last_note}).
Comment ça va chez {company}\u00a0?
| Comment ça va de votre côté\u00a0?
Pas besoin d'une longue réponse, ce serait simplement un plaisir d'avoir de vos nouvelles.`,
      `Objet\u00a0: Un petit bonjour
Bonjour {first},

J'ai pensé à vous aujourd'hui et je voulais vous passer le bonjour.
Comment ça se passe chez {company}\u00a0?
| Comment allez-vous en ce moment\u00a0?
J'aimerais beaucoup savoir sur quoi vous travaillez.`,
      `Objet\u00a0: Comment allez-vous\u00a0?
Bonjour {first},

J'espère que vous allez bien.
La dernière fois que nous avons parlé, j'avais noté ceci\u00a0: {last_note}.
J'aimerais beaucoup savoir ce qu'il en est devenu.
| J'aimerais beaucoup savoir ce qui vous occupe en ce moment.`,
    ],
    intro: [
      `Objet\u00a0: Comment ça s'est passé avec {other}\u00a0?
| Objet\u00a0: Une mise en relation\u00a0?
Bonjour {first},

J'espère que la mise en relation avec {other} vous a été utile.
| Je peux volontiers vous présenter quelqu'un de mon réseau si cela peut vous aider.
J'aimerais savoir si vous avez pu échanger avec {other}.
| Dites-moi ce que vous cherchez, et je réfléchirai à qui pourrait vous aider.
Dans tous les cas, aucune obligation.`,
      `Objet\u00a0: Des nouvelles de votre échange avec {other}\u00a0?
| Objet\u00a0: Quelqu'un à vous présenter\u00a0?
Bonjour {first},

Je voulais savoir comment les choses se sont passées avec {other}.
| Je voulais vous demander s'il y a quelqu'un que vous aimeriez rencontrer.
Si le courant n'est pas passé avec {other}, aucun souci.
| Je ferai volontiers les présentations si je connais la bonne personne.`,
    ],
    first: [
      `Objet\u00a0: Suite à notre rencontre
Bonjour {first},

J'ai eu plaisir à faire votre connaissance ({met_where}).
| J'ai eu plaisir à faire votre connaissance {met_when}.
| J'ai eu plaisir à faire votre connaissance.
Pour rappel, en quelques mots\u00a0: {card}
J'aimerais beaucoup garder le contact, et n'hésitez pas à me dire si je peux vous aider dans vos projets.`,
      `Objet\u00a0: Merci pour notre échange
Bonjour {first},

Merci pour notre échange {met_when} ({met_where}).
| Merci pour notre échange ({met_where}).
| Merci pour notre échange {met_when}.
| Merci pour notre échange.
En quelques mots, me concernant\u00a0: {card}
J'aimerais beaucoup rester en contact.`,
    ],
    ask: [
      `Objet\u00a0: Votre avis
Bonjour {first},

J'espère que vous allez bien.
Je travaille sur un projet pour lequel votre expérience chez {company} me serait précieuse, et j'aimerais beaucoup avoir votre avis.
| Je travaille sur un projet pour lequel votre regard me serait précieux, et j'aimerais beaucoup avoir votre avis.
Auriez-vous 20 minutes pour un appel dans les semaines à venir\u00a0?
Aucune obligation si le moment est mal choisi.`,
      `Objet\u00a0: Une petite question
Bonjour {first},

J'aimerais beaucoup avoir votre avis sur un projet en cours.
Un court appel m'aiderait beaucoup.
Seriez-vous disponible dans les prochaines semaines\u00a0?`,
    ],
  },
};
