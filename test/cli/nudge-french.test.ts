import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

describe("net nudge --lang fr: the rules speak French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--tier", "active", "--date", "2026-09-01", "--sector", "research", "-q"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-09-01", "-q"]);
    box.ok(["add", "Alan Turing", "--date", "yesterday", "--where", "Paris AI meetup", "-q"]);
    box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article on type systems", "-q"]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", "--note", "Intro to her investor", "-q"]);
    box.ok(["log", "grace", "--kind", "meeting", "--date", "2026-11-12", "--follow-up", "2026-11-24", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("each reminder's message, gesture and why, wrapped at 80 columns", () => {
    const out = box.ok(["nudge", "--all", "--lang", "fr"]);
    const lines = out.split("\n");
    const first = lines.findIndex((line) => line.startsWith("1. "));
    expect(lines.slice(first)).toEqual(GOLDEN);
  });

  it("the same with LANG=fr_FR.UTF-8", () => {
    const out = box.ok(["nudge", "--all"], { env: { LANG: "fr_FR.UTF-8" } });
    expect(out).toContain(GOLDEN[0]);
  });
});

const GOLDEN = [
  "1. Remercie Grace Hopper — un coup de main de sa part il y a 16 jours («\u00a0Intro",
  "   to her investor\u00a0»)",
  "   → dis à Grace ce que son aide a rendu possible, en une ligne ou deux",
  "   Remercier\u00a0: reconnaître l'aide reçue garde la porte ouverte et fait du don",
  "   une habitude dans les deux sens.",
  "2. Tu as rencontré Alan Turing hier (Paris AI meetup) — un petit mot maintenant",
  "   ancre ce premier contact",
  "   → envoie deux lignes à Alan\u00a0: merci pour l'échange, et une chose que tu en",
  "     retiens",
  "   Soigner le premier contact\u00a0: un petit mot après la rencontre transforme un",
  "   échange en lien.",
  "3. Reprends contact avec Ada Lovelace — la dernière fois, tu as partagé quelque",
  "   chose («\u00a0the article on type systems\u00a0»), il y a 41 jours",
  "   → demande des nouvelles à Ada\u00a0: une ligne suffit",
  "   Entretenir ses liens dans la durée\u00a0: de petits gestes réguliers, sans",
  "   arrière-pensée.",
  "4. Relance Grace Hopper comme prévu après votre rencontre il y a 14 jours",
  "   → écris à Grace pour la suite dont vous avez parlé — court, c'est très bien",
  "   Relancer\u00a0: faire ce que tu as dit que tu ferais, c'est ce dont les gens se",
  "   souviennent.",
  "5. Écris ta carte de visite narrative\u00a0: qui tu es et ce qui compte pour toi, en",
  "   moins de 2 minutes",
  '   → trois phrases suffisent pour commencer\u00a0: net card --set "…" (ou net card',
  "     --edit)",
  "   Préparer sa carte de visite narrative\u00a0: qui tu es en 2 minutes, clair,",
  "   vivant, mémorable.",
  "",
];
