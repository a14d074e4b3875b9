import type { Catalogue } from "../en/index.js";
import { plural } from "../plural.js";

export const card: Catalogue["card"] = {
  summary: "ta carte de visite narrative\u00a0: l'afficher, l'écrire, la modifier",
  description: (wordsPerMinute) =>
    `Ta carte de visite narrative\u00a0: qui tu es, en deux minutes, de façon claire et vivante.\nLa montre avec son nombre de mots et sa durée à l'oral (à ${wordsPerMinute} mots par minute)\u00a0; prévient au-delà de 2 minutes.`,
  setOption: "remplacer la carte par ce texte (- le lit sur l'entrée standard)",
  editOption: "la modifier dans $VISUAL/$EDITOR (ou, si aucun n'est défini, dans l'éditeur par défaut de ton système)",
  examples:
    '\nExemples\u00a0:\n  net card\n  net card --set "J\'aide les petites équipes à livrer des logiciels fiables…"\n  net card --edit\n  cat carte.txt | net card --set -',
  setAndEdit: "--set et --edit donnés ensemble",
  setAndEditHint: "choisis l'un des deux",
  unchanged: "la carte n'a pas changé",
  editorHint: "vérifie $EDITOR, ou utilise --set",
  needsTerminal: "--edit a besoin d'un terminal",
  needsTerminalHint: 'donne le texte directement\u00a0: net card --set "…" (ou --set - pour lire l\'entrée standard)',
  empty: "la carte ne peut pas être vide",
  emptyHint: 'écris quelques phrases\u00a0: net card --set "J\'aide…"',
  none: 'Pas encore de carte de visite narrative. Écris-la\u00a0: net card --set "…" ou net card --edit',
  stats: (p) =>
    `${p.words} ${plural("fr", p.words, { one: "mot", other: "mots" })} · environ ${p.spoken} à l'oral · mise à jour le ${p.updatedOn}`,
  spokenTime: (p) => (p.minutes === 0 ? `${p.seconds}\u00a0s` : `${p.minutes}\u00a0min${p.seconds ? ` ${p.seconds}\u00a0s` : ""}`),
  tooLong: (spoken) => `Plus de 2 minutes à l'oral (${spoken})\u00a0: garde une seule histoire et une seule demande.`,
  saved: "Carte enregistrée.",
  editorMessage: "Ta carte de visite narrative (2 minutes à l'oral, pas plus)",
  guide: [
    "# Ta carte de visite narrative\u00a0: qui tu es, en deux minutes (environ 300 mots), claire et vivante.",
    "# Qui tu es et ce que tu fais\u00a0; une courte histoire qui le montre\u00a0; ce que tu cherches ou peux offrir.",
    "# Les lignes qui commencent par # sont ignorées. Enregistre et ferme pour la garder\u00a0; laisse-la vide pour ne rien changer.",
  ],
};
