import type { Catalogue } from "../en/index.js";

export const reach: Catalogue["reach"] = {
  // -- net hook
  hookSummary: "un extrait pour ton shell\u00a0: le nudge bref au premier shell de la journée",
  hookDescription:
    "Affiche un extrait pour le fichier de démarrage de ton shell. Au premier shell interactif de la journée, il montre " +
    "net nudge --brief (3 lignes au plus\u00a0; rien quand rien n'est dû). Le jour est vérifié par le shell lui-même, " +
    "d'après une date notée dans $XDG_STATE_HOME/net/morning\u00a0: les autres shells de la journée ne lancent aucun processus.",
  hookSetUp: `
Mise en place (une fois\u00a0; l'extrait est ajouté au fichier, aucun processus ne le refait à chaque démarrage)\u00a0:
  net hook bash >> ~/.bashrc
  net hook zsh >> ~/.zshrc
  net hook fish >> ~/.config/fish/config.fish
Pour l'enlever\u00a0: supprime les lignes entre "# >>> net hook >>>" et "# <<< net hook <<<" dans ce fichier.
(eval "$(net hook zsh)" fonctionne aussi, mais lance node à chaque démarrage du shell pour afficher l'extrait.)`,
  shellArgument: "bash, zsh ou fish",
  hookComment: (shell) =>
    `# Le nudge du matin au premier ${shell} interactif de la journée (net hook ${shell}\u00a0; supprime ce bloc pour l'enlever).`,
  hookTooSlow: (limit) => `net\u00a0: le nudge du matin a pris plus de ${limit} s et a été arrêté\u00a0; essaie net nudge`,

  // -- net remind
  remindSummary: "une notification de bureau chaque jour quand quelque chose est dû",
  remindDescription:
    "Une tâche quotidienne, confiée au planificateur de ta machine, lance net nudge --notify\u00a0: une notification avec le nombre " +
    "de gestes et le premier d'entre eux, seulement quand quelque chose est dû et que tu n'as pas lancé net nudge (ni ouvert " +
    "un shell avec le hook) ce jour-là.\n" +
    "  systemd  minuteur utilisateur, Persistent=true\u00a0: un matin manqué est rattrapé\n" +
    "  launchd  agent utilisateur sous macOS (au réveil, pas après un arrêt)\n" +
    "  cron     ligne de crontab, ailleurs (un matin manqué est sauté)",
  installSummary: "mettre en place la tâche quotidienne (montre ce qu'elle écrit, demande d'abord)",
  optAt: "l'heure de la journée (09:00 par défaut)",
  optScheduler: "systemd, launchd ou cron (par défaut\u00a0: celui de cette machine)",
  optYes: "la mettre en place sans demander",
  remindExamples:
    "\nExemples\u00a0:\n  net remind install\n  net remind install --at 08:30 --yes\n  net remind status\n  net remind uninstall",
  statusSummary: "si la tâche quotidienne est en place, et à quelle heure",
  uninstallSummary: "retirer la tâche quotidienne (seulement ce que net remind install a écrit)",
  notATime: (text) => `--at «\u00a0${text}\u00a0» n'est pas une heure de la journée`,
  notATimeHint: "donne les heures et les minutes, sur 24 heures, par exemple --at 08:30",
  noCrontab: "il n'y a pas de crontab sur cette machine",
  noCrontabHint: "choisis un autre planificateur avec --scheduler, ou utilise le hook du shell (net hook --help)",
  planCron: (line) => `net remind va ajouter cette ligne à ta crontab (crontab -l la montre)\u00a0:\n  ${line}`,
  planFiles: (files) => `net remind va écrire\u00a0:\n${files}`,
  notSetUpAsks: "rien n'a été mis en place\u00a0: net remind demande avant d'écrire",
  notSetUpAsksHint: "ajoute --yes pour le mettre en place sans question",
  notSetUp: "rien n'a été mis en place",
  notSetUpHint: "net remind install --yes le met en place sans question",
  writtenButFailed: (p) => `les fichiers sont écrits, mais ${p.what} a échoué${p.error ? `\u00a0: ${p.error}` : ""}`,
  writtenButFailedHint: "vois net remind status\u00a0; net remind uninstall les retire",
  setUp: (at) =>
    `C'est en place\u00a0: chaque jour à ${at}, une notification quand un geste est dû et que tu n'as pas encore vu net ce jour-là. Pour l'enlever\u00a0: net remind uninstall`,
  noNotifierNote:
    "À noter\u00a0: aucun outil de notification n'a été trouvé (notify-send, ou osascript sous macOS)\u00a0: installes-en un pour que la notification s'affiche.",
  noneSetUp: "Aucun rappel quotidien n'est en place. net remind install en met un en place (il demande d'abord).",
  noNotifierStatus:
    "Aucun outil de notification n'a été trouvé (notify-send, ou osascript sous macOS)\u00a0: la tâche ne peut rien afficher.",
  crontabChangeFailed: (error) => `impossible de modifier ta crontab${error ? `\u00a0: ${error}` : ""}`,
  crontabChangeFailedHint: "modifie-la avec crontab -e",
  crontabLine: "ligne de crontab",
  removed: "Le rappel quotidien est retiré.",
  nothingToRemove: "Aucun rappel quotidien n'était en place\u00a0: rien à retirer.",

  // -- net completion
  completionSummary: "complétion par Tab pour bash, zsh ou fish\u00a0: commandes, options, choix, personnes",
  completionDescription:
    "Affiche un script de complétion\u00a0: commandes, options, leurs choix (sortes, cercles, intentions, règles, formats), et les slugs " +
    "des personnes pour les commandes qui en prennent une (lus dans la base au moment où tu appuies sur Tab).",
  optSlugs: "les slugs des personnes, un par ligne (ce que les scripts demandent)",
  completionSetUp: `
Mise en place (une fois)\u00a0:
  bash  net completion bash > ~/.local/share/bash-completion/completions/net
  zsh   net completion zsh > ~/.zfunc/_net   (avec fpath+=(~/.zfunc) avant compinit dans ~/.zshrc)
  fish  net completion fish > ~/.config/fish/completions/net.fish
Pour l'enlever\u00a0: supprime ce fichier.`,
  whichShell: "quel shell\u00a0? net completion a besoin de bash, zsh ou fish",
  whichShellHint: "par exemple net completion bash",
};
