import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";

const arguments_ = (n: number) => `${n} ${plural("fr", n, { one: "argument attendu", other: "arguments attendus" })}`;

export const program: Catalogue["program"] = {
  description: "Entretiens ton réseau par de petits gestes quotidiens\u00a0: net te dit lequel faire aujourd'hui, et pourquoi.",
  version: "affiche la version",
  help: "affiche l'aide",
  helpCommand: "affiche l'aide d'une commande",
  options: {
    db: "fichier de la base (par défaut\u00a0: $XDG_DATA_HOME/net/net.db)",
    json: "donne les résultats en JSON (commandes de lecture)",
    color: "sans couleurs (aussi NO_COLOR=1)",
    input: "ne pose jamais de question\u00a0; échoue s'il manque une réponse",
    quiet: "n'affiche que les résultats, aucun message",
    lang: "langue de net\u00a0: en ou fr (par défaut\u00a0: $NET_LANG, puis ta locale)",
  },
  after: `
L'habitude quotidienne\u00a0:
  net nudge                                  chaque matin\u00a0: ce qui est dû, et pourquoi
  net add "Ada Lovelace" --where "meetup"    après une rencontre
  net log ada --kind share --note "article"  après chaque geste
  net list                                   qui relancer, et quand

Environnement\u00a0: NET_DB (fichier de la base), NET_TODAY=AAAA-MM-JJ (fixe la date du jour), NET_LANG=en|fr (langue), NO_COLOR, NET_DEBUG=1 (traces de pile).
Codes de sortie\u00a0: 0 succès, 1 échec (introuvable, données invalides), 2 erreur d'utilisation, 3 quelque chose est dû (nudge --exit-code), 130 interrompu.`,
  titles: {
    "Usage:": "Utilisation\u00a0:",
    "Options:": "Options\u00a0:",
    "Global Options:": "Options globales\u00a0:",
    "Commands:": "Commandes\u00a0:",
    "Arguments:": "Arguments\u00a0:",
  },
  choices: (list) => `choix\u00a0: ${list}`,
  default: (value) => `par défaut\u00a0: ${value}`,
  preset: (value) => `valeur implicite\u00a0: ${value}`,
  env: (name) => `env.\u00a0: ${name}`,

  errorLine: (text) => `erreur\u00a0: ${text}`,
  hintLine: (text) => `conseil\u00a0: ${text}`,
  warningLine: (text) => `attention\u00a0: ${text}`,
  interrupted: "Interrompu\u00a0: rien n'a été modifié.",
  notBuilt: "net n'est pas compilé (ou est en cours de recompilation)",
  notBuiltHint: "lance npm run build dans le dossier de net, puis réessaie",
  unexpected: (message) => `échec inattendu\u00a0: ${message}`,
  unexpectedHint: "relance avec NET_DEBUG=1 pour les détails, et signale-le s'il te plaît",
  unknownLanguage: (p) => `langue inconnue «\u00a0${p.value}\u00a0» dans ${p.from}`,
  unknownLanguageHint: "net parle en (anglais) et fr (français)",

  alternatives: (names) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} ou ${names.at(-1)}` : (names[0] ?? "")),
  unknownCommand: (name) => `commande inconnue «\u00a0${name}\u00a0»`,
  didYouMeanCommand: (p) => `voulais-tu dire ${p.suggestion}\u00a0? (${p.net} --help liste toutes les commandes)`,
  listsCommands: (net) => `${net} --help liste toutes les commandes`,
  didYouMeanSubcommand: (p) => `voulais-tu dire ${p.suggestion}\u00a0? (${p.net} --help liste ses commandes)`,
  listsSubcommands: (net) => `${net} --help liste ses commandes`,
  unknownOption: (flag) => `option inconnue «\u00a0${flag}\u00a0»`,
  didYouMeanOption: (p) => `voulais-tu dire ${p.suggestion}\u00a0? (${p.net} --help liste les options)`,
  listsOptions: (net) => `${net} --help liste les options`,
  notAChoice: (p) => `«\u00a0${p.value}\u00a0» n'est pas un choix possible pour ${p.flag}`,
  chooseOneOf: (list) => `choisis parmi ${list}`,
  invalidValue: (p) => `valeur «\u00a0${p.value}\u00a0» refusée pour l'option ${p.flag}`,
  describesOptions: (net) => `${net} --help décrit les options`,
  needsValue: (flag) => `${flag} attend une valeur`,
  optionHelp: (p) => `${p.flags}\u00a0: ${p.description}`,
  usage: (line) => `utilisation\u00a0: ${line}`,
  usageMore: (p) => `${p.usage} (${p.net} --help pour en savoir plus)`,
  quoteSpaces: (usage) => `${usage} (mets entre guillemets une valeur qui contient des espaces)`,
  missingArgument: (name) => `il manque l'argument «\u00a0${name}\u00a0»`,
  tooManyArguments: (p) => `trop d'arguments pour «\u00a0${p.command}\u00a0»\u00a0: ${arguments_(p.expected)}, ${p.got} reçus.`,
  tooManyArgumentsTop: (p) => `trop d'arguments\u00a0: ${arguments_(p.expected)}, ${p.got} reçus.`,
  conflicting: (p) => `l'option «\u00a0${p.one}\u00a0» ne va pas avec l'option «\u00a0${p.other}\u00a0»`,
  requiredOption: (flags) => `l'option «\u00a0${flags}\u00a0» est obligatoire`,

  badToday: (value) => `NET_TODAY='${value}' n'est pas une date`,
  badTodayHint: "écris-la AAAA-MM-JJ, par exemple NET_TODAY=2026-11-20, ou retire-la",
  blankNetDb: "NET_DB est vide",
  blankNetDbHint: "donne-lui un fichier de base, par exemple NET_DB=/tmp/essai.db, ou retire-la pour la base par défaut",
  blankDb: "--db attend un nom de fichier (il était vide)",
  blankDbHint: "donne un fichier, par exemple --db /tmp/essai.db, ou retire --db pour la base par défaut",
  upgrading: (backup) => `Mise à jour de la base pour cette version de net (une seule fois\u00a0; une copie est gardée sous ${backup})…`,
  diskFull: "le disque est plein",
  noDailyCopy: (why) => `impossible de garder la copie du jour de la base (${why})\u00a0; net continue sans elle`,
  theDatabase: "la base",
};
