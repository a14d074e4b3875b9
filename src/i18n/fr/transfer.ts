import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";
import { grouped } from "./typography.js";

const count = (n: number, one: string, other: string) => `${grouped(n)} ${plural("fr", n, { one, other })}`;
const people = (n: number) => count(n, "personne", "personnes");
const interactions = (n: number) => count(n, "interaction", "interactions");
/** A count followed by a word agreeing with it: "1 ajoutée", "3 ajoutées". */
const agreed = (n: number, word: string) => `${grouped(n)} ${plural("fr", n, { one: word, other: `${word}s` })}`;

export const transfer: Catalogue["transfer"] = {
  importSummary: "fais entrer tes contacts\u00a0: téléphone (vCard), LinkedIn, Google, JSON de net",
  importDescription:
    "Fais entrer le réseau que tu as déjà. Le format est reconnu d'après le contenu\u00a0: vCard 2.1/3.0/4.0 " +
    "(téléphones, messageries), le Connections.csv de LinkedIn, un CSV de Google Contacts, ou un export JSON de net.\n" +
    "Les personnes déjà dans ton réseau (même e-mail, même URL de profil ou même nom) sont fusionnées\u00a0: " +
    "les champs vides sont remplis, rien de ce que tu as écrit n'est écrasé, et un champ que tu as vidé reste vide. " +
    "Un changement de poste sur LinkedIn (par rapport au dernier import LinkedIn) met à jour l'entreprise et le poste, " +
    "note la nouvelle et clôt les dates marquantes de l'ancienne entreprise.\n" +
    "Les personnes importées ne comptent pas comme rencontrées ce mois-ci. Tout ou rien\u00a0: un fichier abîmé ne change rien.",
  importFile: "le fichier exporté (- lit l'entrée standard)",
  importFormat: "le format du fichier, quand net ne le reconnaît pas",
  importDryRun: "montre ce qui se passerait\u00a0; n'écrit rien",
  importForceIds: "JSON de net\u00a0: une personne dont l'id est celui de quelqu'un ici est cette personne, même sous un autre nom",
  importTag: "ajoute une étiquette à tout le monde dans le fichier (répétable)",
  importTier: "proximité des personnes ajoutées (network par défaut)",
  importExamples: `
Exemples\u00a0:
  net import contacts.vcf --tag telephone
  net import Connections.csv --dry-run
  net import Connections.csv    plus tard\u00a0: les changements de poste deviennent des nouvelles
  net import google.csv --tier active
  net import sauvegarde.json    fusionne un export de net d'une autre machine`,

  standardInput: "l'entrée standard",
  tooLarge: (p) => `impossible d'importer ${p.name}\u00a0: le fichier dépasse ${p.limit}, le maximum que lit net`,
  tooLargeHint:
    "rien n'a été importé\u00a0; est-ce le bon fichier\u00a0? Découpe un export plus gros en plusieurs parties et importe-les une à une",
  noFileAt: (file) => `aucun fichier à l'emplacement ${file}`,
  noFileAtHint: "vérifie le chemin (le fichier de LinkedIn est Connections.csv, dans l'export)",
  isFolder: (file) => `${file} est un dossier`,
  isFolderHint: "donne le fichier exporté qui s'y trouve",
  permissionDenied: (file) => `impossible de lire ${file}\u00a0: accès refusé`,
  checkPermissions: "vérifie les droits du fichier",
  cantRead: (p) => `impossible de lire ${p.file}\u00a0: ${p.message}`,
  cantImport: (p) => `impossible d'importer ${p.name}\u00a0: ${p.message}`,
  cantImportAt: (p) => `impossible d'importer ${p.name}\u00a0: ligne ${p.line}\u00a0: ${p.message}`,
  nothingImported: (hint) => `rien n'a été importé\u00a0; ${hint}`,
  fixAndRetry: "exporte à nouveau le fichier (ou corrige cette ligne) et réessaie",
  cantTell: (name) => `impossible de savoir quel genre de fichier est ${name}`,
  cantTellHint: (formats) =>
    `indique son format\u00a0: --format ${formats} (vCard, Connections.csv de LinkedIn, CSV de Google Contacts, JSON de net)`,
  tagTierJson: "--tag et --tier s'appliquent aux imports vCard, LinkedIn et Google",
  tagTierJsonHint: "un export de net garde les étiquettes et la proximité de chaque personne",
  forceIdsNotJson: "--force-ids s'applique aux exports JSON de net",
  forceIdsNotJsonHint: "les fichiers vCard, LinkedIn et Google retrouvent les personnes par e-mail, profil et nom",

  formatNames: { vcard: "vCard", linkedin: "relations LinkedIn", google: "CSV de Google Contacts", json: "export de net" },
  skipReasons: {
    "no-name": "sans nom",
    "up-to-date": "déjà dans ton réseau, rien de nouveau",
    archived: "archivées dans ton réseau (net edit <qui> --restore les fait revenir)",
    ambiguous: "plusieurs personnes de ton réseau portent ce nom",
    duplicate: "figurent deux fois dans le fichier",
    "id-conflict": "portent l'id de quelqu'un d'autre de ton réseau (--force-ids s'il s'agit de la même personne)",
  },
  readFrom: (p) =>
    `${p.dryRun ? "Essai à blanc, rien n'est écrit. " : ""}${people(p.total)} ${plural("fr", p.total, { one: "lue", other: "lues" })} dans ${p.file} (${p.format}).`,
  outcome: (p) =>
    `${p.dryRun ? "Résultat prévu\u00a0: " : ""}${agreed(p.added, "ajoutée")}, ${agreed(p.merged, "fusionnée")}, ${agreed(p.skipped, "ignorée")}${p.reasons.length ? `\u00a0: ${p.reasons.join("\u00a0; ")}` : ""}.`,
  skippedFor: (p) =>
    `${p.count} ${p.reason}${p.lines ? ` (${plural("fr", p.lineCount, { one: "ligne", other: "lignes" })} ${p.lines})` : ""}`,
  interactionsAdded: (p) =>
    p.dryRun
      ? `${interactions(p.count)} ${plural("fr", p.count, { one: "serait ajoutée", other: "seraient ajoutées" })}.`
      : `${interactions(p.count)} ${plural("fr", p.count, { one: "ajoutée", other: "ajoutées" })}.`,
  idConflict: (p) => `  ${p.name}, dans le fichier, a l'id de ${p.slug} ici\u00a0: ignoré, ${p.slug} reste tel quel.`,
  moreIdConflicts: (n) => `  … et ${n} de plus avec l'id de quelqu'un d'autre.`,
  settingsLeftOut: (p) =>
    `${plural("fr", p.count, { one: "Réglage laissé de côté, inconnu", other: "Réglages laissés de côté, inconnus" })} de ce net\u00a0: ${p.list}.`,
  newRole: (p) =>
    p.role && p.company
      ? `nouveau poste\u00a0: ${p.role} chez ${p.company}`
      : p.role
        ? `nouveau poste\u00a0: ${p.role}`
        : `nouveau poste chez ${p.company ?? "une nouvelle entreprise"}`,
  milestonesEnded: (p) =>
    ` (${plural("fr", p.count, { one: "date marquante close", other: "dates marquantes closes" })}\u00a0: ${p.labels})`,
  jobChange: (p) => `  ${p.who} — ${p.change}${p.ended}. Un bon moment pour féliciter\u00a0: net log ${p.slug} --kind congrats`,
  moreJobChanges: (n) => `  … et ${n} autres changements de poste (net nudge te proposera de féliciter ces personnes).`,

  exportSummary: "emporte tes données partout\u00a0: JSON, CSV, vCard, agenda",
  exportDescription:
    "Écrit ton réseau sur la sortie standard ou dans un fichier (-o).\n" +
    "  json   tout (personnes, échanges, rappels, bilans, réglages), relu par import\n" +
    "  csv    une ligne par personne active, dernier contact et prochaine échéance\n" +
    "  vcard  vCard 4.0, une fiche par personne active (téléphones, messageries)\n" +
    "  ics    les gestes dus et à venir (30 jours, --days N) en tâches d'agenda\n" +
    "  dot    qui a rencontré qui par qui (net add --via, mises en relation), pour\n" +
    "         Graphviz\u00a0: dot -Tsvg",
  exportFormat: "json, csv, vcard, ics ou dot (par défaut\u00a0: d'après l'extension de -o, sinon json)",
  exportOutput: "écrit dans ce fichier plutôt que sur la sortie standard (- est la sortie standard)",
  exportForce: "remplace le fichier de -o s'il existe (un fichier ordinaire seulement)",
  exportDays: "ics\u00a0: combien de jours à l'avance (30 par défaut)",
  exportExamples: `
Exemples\u00a0:
  net export -o sauvegarde-net.json
  net export --format csv -o reseau.csv
  net export --format vcard > contacts.vcf
  net export --format ics --days 14 -o gestes.ics
  net export --format dot | dot -Tsvg -o mises-en-relation.svg`,
  badDays: (text) => `--days '${text}' n'est pas un nombre de jours`,
  badDaysHint: "donne un nombre entier de 0 à 366, par exemple --days 14",
  daysNeedsIcs: "--days s'applique à --format ics",
  daysNeedsIcsHint: "retire --days, ou ajoute --format ics",
  exportedAll: (p) => `${people(p.people)} et ${interactions(p.interactions)}`,
  exportedPeople: (n) => people(n),
  exportedGraph: (n) =>
    `${people(n)} ${plural("fr", n, { one: "rencontrée par quelqu'un ou mise en relation", other: "rencontrées par quelqu'un ou mises en relation" })}`,
  exportedGestures: (p) =>
    `${count(p.count, "geste dû", "gestes dus")} d'ici ${p.days} ${plural("fr", p.days, { one: "jour", other: "jours" })}`,
  damagedExport: (p) =>
    `la base est abîmée\u00a0: ${p.exported ? `${p.exported}, ` : ""}tout ce qui a pu être lu\u00a0; jusqu'à ${count(p.lost, "enregistrement n'a pas pu l'être", "enregistrements n'ont pas pu l'être")}`,
  exportedTo: (p) => `${p.output} contient ${p.what}`,
  damagedExportHint:
    "garde cet export\u00a0; repars d'une nouvelle base avec net import <ce fichier> (--db ailleurs), ou restaure une copie .bak-*",
  exported: (p) => `Export vers ${p.output} (${p.format})\u00a0: ${p.what}.`,
  keptAsItWas: (path) => `${path} est resté tel quel\u00a0; rien n'a été exporté`,
  keptAsItWasHint: "choisis un autre fichier avec -o, ou ajoute --force",
  alreadyExists: (path) => `${path} existe déjà`,
  alreadyExistsHint: "ajoute --force pour le remplacer, ou choisis un autre fichier avec -o",

  notAFolderInPath: (path) => `impossible d'écrire ${path}\u00a0: une partie de ce chemin n'est pas un dossier`,
  checkThePath: "vérifie le chemin",
  kinds: {
    symlink: "un lien symbolique",
    device: "un périphérique",
    pipe: "un tube nommé",
    socket: "une socket",
    other: "pas un fichier ordinaire",
  },
  outputIsFolder: (path) => `${path} est un dossier`,
  outputIsFolderHint: "donne à -o un nom de fichier dans ce dossier",
  onlyRegular: (p) => `${p.path} est ${p.kind}\u00a0; net ne remplace que des fichiers ordinaires`,
  onlyRegularHint: "donne à -o un nouveau nom de fichier, ou -o - (ou pas de -o) pour écrire sur la sortie standard",
  appeared: (path) => `${path} est apparu pendant l'écriture`,
  noFolder: (path) => `impossible d'écrire ${path}\u00a0: le dossier n'existe pas`,
  noFolderHint: "crée-le d'abord, ou choisis un autre chemin",
  cantWrite: (path) => `impossible d'écrire ${path}\u00a0: accès refusé`,
  cantWriteHint: "choisis un dossier où tu peux écrire",
  noSpace: (path) => `plus de place pour écrire ${path}`,
  freeSpace: "libère de la place et réessaie",

  backupSummary: "copie la base maintenant, ou liste les copies gardées",
  backupDescription:
    "Copie la base maintenant (une copie cohérente, même si un autre net écrit en même temps), dans <fichier> " +
    "ou à côté sous le nom <nom>.backup-<jour>-<hhmmss>.\n" +
    "net garde aussi une copie par jour de lui-même, avant la première modification du jour (les 7 derniers jours, " +
    "et la première copie de chacune des 4 dernières semaines). --list montre les copies gardées.",
  backupFile: "où écrire la copie (un nouveau fichier)",
  backupList: "liste les copies gardées à côté de la base",
  backupExamples:
    "\nExemples\u00a0:\n  net backup\n  net backup ~/abri/net-2026-11.db\n  net backup --list\n  net restore net.db.backup-2026-11-20",
  noCopies: (path) =>
    `Pas encore de copie à côté de ${path}\u00a0; net en fait une avant la première modification de chaque jour, ou tout de suite avec\u00a0: net backup`,
  copyKinds: {
    daily: "du jour",
    weekly: "de la semaine",
    manual: "manuelle",
    "before-restore": "avant restauration",
    upgrade: "avant mise à jour",
  },
  kilobytes: (n) => `${n}\u00a0Ko`,
  megabytes: (p) => `${p.whole},${p.tenth}\u00a0Mo`,
  wholeMegabytes: (n) => `${n}\u00a0Mo`,
  noDatabaseToCopy: (path) => `pas de base net à copier à l'emplacement ${path}`,
  noDatabaseToCopyHint: `crées-en une avec\u00a0: net add "<nom>"`,
  noRoomForCopy: (target) => `pas de place pour une copie à ${target}\u00a0: le disque est plein`,
  noRoomForCopyHint: "libère de la place, ou indique un autre endroit",
  cantWriteCopy: (p) => `impossible d'écrire une copie à ${p.target} (${p.why})`,
  cantWriteCopyHint: "vérifie que le dossier existe et qu'on peut y écrire",
  copied: (path) => `Base copiée dans ${path}.`,

  restoreSummary: "remet en place une copie de la base",
  restoreDescription:
    "Remplace la base par une copie (une de celles que liste net backup --list, ou tout fichier fait par net backup).\n" +
    "Montre d'abord ce qui sera remplacé et demande confirmation (--yes sans terminal)\u00a0; la base actuelle est " +
    "d'abord copiée, sous le nom <nom>.backup-<jour>-<hhmmss>-before-restore.",
  restoreCopy: "la copie\u00a0: un fichier, ou un nom donné par net backup --list",
  restoreYes: "ne demande pas de confirmation",
  restoreExamples: "\nExemples\u00a0:\n  net backup --list\n  net restore net.db.backup-2026-11-20",
  holds: (p) => `${people(p.people)}, ${interactions(p.interactions)}${p.last ? `, la dernière le ${p.last}` : ""}`,
  isTheDatabase: "c'est la base elle-même",
  isTheDatabaseHint: "donne une copie\u00a0: vois net backup --list",
  noDatabaseToRestore: (file) => `pas de base net à l'emplacement ${file} pour y restaurer la copie`,
  noDatabaseToRestoreHint: (p) => `copie toi-même le fichier à cet endroit\u00a0: cp ${p.from} ${p.file}`,
  unreadable: (why) => `illisible\u00a0: ${why}`,
  replaces: (p) => `Ceci remplace ${p.file} (${p.current})\n  par ${p.from} (${p.incoming}).`,
  needsConfirmation: "restaurer une copie demande une confirmation",
  needsConfirmationHint: (copy) => `ajoute --yes\u00a0: net restore ${copy} --yes`,
  confirmRestore: "Restaurer cette copie\u00a0?",
  nothingChanged: "Rien n'a été modifié.",
  restored: (p) => `Copie ${p.from} restaurée. La base telle qu'elle était est gardée sous ${p.kept}.`,

  characters: (n) => `${grouped(n)} caractères`,
  emptyFile: "le fichier est vide",
  fieldTooLong: (limit) => `un champ de plus de ${limit}, le maximum que net lit dans une cellule (est-ce le bon fichier\u00a0?)`,
  rowTooLong: (limit) => `une ligne de plus de ${limit}, le maximum que net lit dans une ligne (est-ce le bon fichier\u00a0?)`,
  quoteNeverCloses: "un champ entre guillemets ouvert ici ne se referme jamais (le fichier est-il tronqué\u00a0?)",
  noGoogleHeader: "pas d'en-tête Google Contacts (First Name,…,Labels ou Name,Given Name,…) dans les premières lignes",
  noLinkedInHeader: "pas d'en-tête LinkedIn (First Name, Last Name, …, Connected On) dans les premières lignes",
  utf16WithoutBom: (encoding) =>
    `cela ressemble à du texte ${encoding} sans marque d'ordre des octets, impossible à distinguer de données binaires`,
  utf16WithoutBomHint: (encoding) =>
    `convertis-le d'abord en UTF-8, par exemple iconv -f ${encoding} -t UTF-8 <file> > converti.csv (ou enregistre-le à nouveau en UTF-8)`,
  binary: "des données binaires, pas un export texte",
  notUtf8: "des octets qui ne sont pas du texte UTF-8 (mauvais encodage\u00a0?)",
  propertyTooLong: (limit) => `une propriété de plus de ${limit}, le maximum que net lit dans une propriété (est-ce le bon fichier\u00a0?)`,
  expectedProperty: (shown) => `une propriété vCard comme NOM:valeur était attendue, trouvé «\u00a0${shown}\u00a0»`,
  cardWithoutEnd: (line) =>
    `la fiche qui commence ligne ${line} n'a pas de END:VCARD avant la fiche suivante (le fichier est-il tronqué\u00a0?)`,
  endWithoutBegin: "END:VCARD sans BEGIN:VCARD avant",
  expectedBegin: "BEGIN:VCARD attendu",
  cardNeverEnds: "cette fiche ne se termine jamais\u00a0: il manque END:VCARD (le fichier est-il tronqué\u00a0?)",
  unknownCharset: (charset) => `CHARSET=${charset} inconnu`,
  cardUnreadable: (message) => `cette fiche est illisible\u00a0: ${message}`,
  notValidJson: (reason) => `JSON invalide (${reason})`,
  notNetExport: 'pas un export de net (pas de "format": "net")',
  newerExport: (p) => `écrit par un net plus récent (version d'export ${p.version}\u00a0; ce net lit jusqu'à la version ${p.known})`,
  settingsNotObject: '"settings" devrait être un objet',
  notAList: (key) => `"${key}" devrait être une liste`,
  recordNotObject: (p) => `${p.key}[${p.index}] n'est pas un objet`,
  fieldInvalid: (p) => `${p.key}[${p.index}].${p.field} manque ou n'est pas valide (${p.value ?? "absent"})`,
  settingIs: (p) => `settings.${p.what}\u00a0: ${p.problem}`,
  notAnObject: "pas un objet",
  unknownRule: "une règle que ce net n'a pas",
  notForRule: "pas quelque chose que net garde pour une règle",
  notTrueOrFalse: "ni true ni false",
  unknownParam: (rule) => `un paramètre que ${rule} n'a pas`,
  unknownGoal: "pas un objectif de net",
  notAListOf: (list) => `pas une liste de ${list}`,
  longerThan: (limit) => `plus long que ${limit}`,
  withValue: (p) => `${p.problem} (${p.value})`,
  notADay: (value) => `pas une date (${value})`,

  calendarName: "net\u00a0: petits gestes",
  calendarWhy: (why) => `Pourquoi\u00a0: ${why}`,
  calendarDueSince: (day) => `À faire depuis le ${day}.`,
};
