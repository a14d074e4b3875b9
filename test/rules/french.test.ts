import { afterEach, describe, expect, it } from "vitest";
import { computeReminders } from "../../src/app/reminders.js";
import { en } from "../../src/i18n/en/index.js";
import { useLanguage } from "../../src/i18n/index.js";
import { RULES, ruleById } from "../../src/rules/engine.js";
import { CASES } from "./french.cases.js";

const build = (name: string) => {
  const found = CASES.find(([n]) => n === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
};

describe("the rules in French", () => {
  afterEach(async () => {
    await useLanguage("en");
  });

  // Each case of french.cases.ts: what its reminders say in French, message then suggested gesture.
  it.each([
    [
      "keep-in-touch after a share",
      [
        [
          "Reprends contact avec Ada Lovelace — la dernière fois, tu as partagé quelque chose («\u00a0the article on type systems\u00a0»), il y a 41 jours",
          "demande des nouvelles à Ada\u00a0: une ligne suffit",
        ],
      ],
    ],
    [
      "keep-in-touch after help received, long silent",
      [
        [
          "Reprends contact avec Ada Lovelace — la dernière fois, tu as reçu un coup de main de sa part, il y a 209 jours",
          "envoie à Ada un mot sur un détail de votre dernier échange — après un long silence, un petit bonjour fait souvent plus plaisir qu'on ne le croit",
        ],
      ],
    ],
    [
      "keep-in-touch with no exchange since the first contact",
      [
        [
          "Fais signe à Ada Lovelace — pas d'échange depuis votre premier contact, il y a 25 jours",
          "partage quelque chose d'utile avec Ada\u00a0: un article, une conférence, un outil qui t'a plu — après un long silence, un petit bonjour fait souvent plus plaisir qu'on ne le croit",
        ],
      ],
    ],
    [
      "first-follow-up",
      [
        [
          "Tu as rencontré Ada Lovelace hier (Rust Paris) — un petit mot maintenant ancre ce premier contact",
          "envoie deux lignes à Ada\u00a0: merci pour l'échange, et une chose que tu en retiens",
        ],
      ],
    ],
    [
      "follow-up-promise with someone",
      [
        [
          "Relance Ada Lovelace comme prévu après votre appel il y a 6 jours («\u00a0send the deck\u00a0»)",
          "écris à Ada pour la suite dont vous avez parlé — court, c'est très bien",
        ],
      ],
    ],
    [
      "follow-up-promise after an event",
      [["C'est le moment de la relance prévue après DevOps Days", "envoie le mot, le lien ou la mise en relation que tu avais en tête"]],
    ],
    [
      "new-person-month",
      [
        [
          "Rencontre une nouvelle personne ce mois-ci (0 sur 1 pour l'instant, encore 4 jours)",
          "propose un café à quelqu'un d'une autre équipe, ou va à un meetup et parle à une personne que tu ne connais pas",
        ],
      ],
    ],
    [
      "new-person-month, three in one sector",
      [
        [
          "Rencontre une nouvelle personne ce mois-ci (0 sur 1 pour l'instant, encore 4 jours)",
          "tes trois dernières rencontres étaient toutes dans le secteur fintech\u00a0: cette fois, regarde ailleurs",
        ],
      ],
    ],
    [
      "narrative-card missing",
      [
        [
          "Écris ta carte de visite narrative\u00a0: qui tu es et ce qui compte pour toi, en moins de 2 minutes",
          'trois phrases suffisent pour commencer\u00a0: net card --set "…" (ou net card --edit)',
        ],
      ],
    ],
    [
      "narrative-card old",
      [
        [
          "Ta carte narrative a 9 mois — te ressemble-t-elle encore\u00a0?",
          "relis-la une fois à voix haute\u00a0; mets à jour ce qui a changé (net card --edit)",
        ],
      ],
    ],
    [
      "event-cadence",
      [
        [
          "Aucun événement depuis 40 jours — c'est le moment d'aller faire un tour quelque part",
          'choisis un meetup, une conférence ou un appel de communauté ce mois-ci, et vas-y\u00a0; note-le avec net log --event "…"',
        ],
      ],
    ],
    [
      "give-first to someone",
      [
        [
          "Ada Lovelace t'a donné 2 coups de main (tu lui en as donné un), le dernier il y a 40 jours — offre-lui quelque chose en retour",
          "propose à Ada quelque chose sans contrepartie\u00a0: une mise en relation, un lien utile, ton aide sur ce qui l'occupe",
        ],
        [
          "Ton dernier geste envers quelqu'un remonte à 30 jours\u00a0: une belle journée pour donner sans arrière-pensée",
          "pense à une personne à qui un article que tu as lu ferait plaisir, ou à deux personnes qui devraient se rencontrer",
        ],
      ],
    ],
    [
      "give-first to someone, once",
      [
        [
          "Élodie Martin t'a donné un coup de main il y a 21 jours — offre-lui quelque chose en retour",
          "propose à Élodie quelque chose sans contrepartie\u00a0: une mise en relation, un lien utile, ton aide sur ce qui l'occupe",
        ],
      ],
    ],
    [
      "give-first to anyone",
      [
        [
          "Ton dernier geste envers quelqu'un remonte à 60 jours\u00a0: une belle journée pour donner sans arrière-pensée",
          "pense à une personne à qui un article que tu as lu ferait plaisir, ou à deux personnes qui devraient se rencontrer",
        ],
      ],
    ],
    [
      "thank",
      [
        [
          "Remercie Ada Lovelace — une mise en relation de sa part il y a 2 jours («\u00a0Intro to an investor\u00a0»)",
          "dis à Ada ce que sa mise en relation a rendu possible, en une ligne ou deux",
        ],
      ],
    ],
    [
      "congratulate a birthday tomorrow",
      [["L'anniversaire d'Ada, c'est demain", "souhaite un joyeux anniversaire à Ada — une ligne chaleureuse suffit"]],
    ],
    [
      "congratulate a milestone",
      [["Ada Lovelace\u00a0: joined Analytical Engines, 2 ans déjà (aujourd'hui)", "félicite Ada\u00a0; demande ce qui vient ensuite"]],
    ],
    [
      "congratulate news",
      [["Grace Hopper a partagé une nouvelle il y a 2 jours («\u00a0new job\u00a0»)", "félicite Grace — un message court et sincère"]],
    ],
    [
      "quarterly-map",
      [["Bilan trimestriel\u00a0: le T4 2026 se termine le 31 décembre", "prends 15 minutes avec un café\u00a0: net map --quarter"]],
    ],
    [
      "quarterly-map, the previous quarter",
      [["Le bilan trimestriel du T4 2026 reste à faire", "prends 15 minutes avec un café\u00a0: net map --quarter 2026Q4"]],
    ],
    [
      "intro-follow-through",
      [
        [
          "Tu as mis en relation Ada Lovelace et Bob Kahn il y a 19 jours",
          "demande à Ada et Bob comment ça s'est passé — et si tu peux aider davantage",
        ],
      ],
    ],
    [
      "not-isolated",
      [
        [
          "C'est calme en ce moment\u00a0: 1 échange sur les 14 derniers jours",
          "un petit pas facile\u00a0: réponds à la publication de quelqu'un, ou propose un café de 15 minutes à quelqu'un de ton équipe",
        ],
      ],
    ],
    [
      "gratitude",
      [
        [
          "Remercie encore Ada Lovelace — un coup de main de sa part il y a 2 ans («\u00a0reviewed my deck\u00a0»)",
          "dis à Ada ce que son aide a rendu possible depuis, en quelques lignes\u00a0: ce genre de mot fait plus plaisir qu'on ne le pense",
        ],
      ],
    ],
    [
      "rediscover, imported",
      [
        [
          "Renoue avec Grace Hopper — premier contact il y a 5 ans, sans échange depuis",
          "demande conseil à Grace sur une chose concrète qui t'occupe («\u00a0comment tu t'y prendrais\u00a0?\u00a0»), avec une ligne sur ce que tu deviens — après un long silence, un petit bonjour fait souvent plus plaisir qu'on ne le croit",
        ],
      ],
    ],
    [
      "rediscover, outside the usual sector",
      [
        [
          "Renoue avec Old Health (health, hors de ton secteur habituel) — pas d'échange depuis 6 ans",
          "demande conseil à Old sur une chose concrète qui t'occupe («\u00a0comment tu t'y prendrais\u00a0?\u00a0»), avec une ligne sur ce que tu deviens — après un long silence, un petit bonjour fait souvent plus plaisir qu'on ne le croit",
        ],
      ],
    ],
  ] as [string, [string, string][]][])("%s", async (name, expected) => {
    const [, today, rule, network] = build(name);
    const net = network();
    await useLanguage("fr");
    expect(net.reminders(today, { rule }).map((r) => [r.message, r.suggestion])).toEqual(expected);
  });

  it.each(CASES.map(([name]) => [name]))(
    "%s: the English catalogue (what --json asks for) speaks English whatever the language",
    async (name) => {
      const [, today, rule, network] = build(name);
      const net = network();
      const english = net.reminders(today, { rule });
      await useLanguage("fr");
      const asked = computeReminders(net.store, today, { rule, catalogue: en });
      expect(asked).toEqual(english);
      expect(net.reminders(today, { rule }).map((r) => r.message)).not.toEqual(english.map((r) => r.message));
    },
  );

  it("every why, description and parameter speaks the language in use, and is French in French", async () => {
    const english = RULES.map((r) => [r.why, r.description, ...Object.values(r.params).map((p) => p.description)]);
    await useLanguage("fr");
    const french = RULES.map((r) => [r.why, r.description, ...Object.values(r.params).map((p) => p.description)]);
    for (const [i, texts] of french.entries()) {
      for (const [j, text] of texts.entries()) expect(text).not.toBe(english[i]?.[j]);
    }
    expect(ruleById("keep-in-touch")?.why).toBe(
      "Entretenir ses liens dans la durée\u00a0: de petits gestes réguliers, sans arrière-pensée.",
    );
    expect(ruleById("first-follow-up")?.params.days?.description).toBe("combien de jours après la rencontre le rappel reste là");
    expect(ruleById("keep-in-touch")?.words(en).why).toBe("Keep ties alive over time: small, regular gestures with no agenda.");
  });

  it.each([
    ["2026-12-09", "L'anniversaire d'Ada, c'est demain"],
    ["2026-12-10", "C'est l'anniversaire d'Ada aujourd'hui"],
    ["2026-12-12", "L'anniversaire d'Ada, c'était il y a 2 jours"],
  ])("a birthday on %s: %s", async (today, message) => {
    const [, , rule, network] = build("congratulate a birthday tomorrow");
    const net = network();
    await useLanguage("fr");
    expect(net.reminders(today, { rule })[0]?.message).toBe(message);
  });

  it("a birthday further ahead (the calendar's horizon) is named by its day, in French", async () => {
    const [, , rule, network] = build("congratulate a birthday tomorrow");
    const net = network();
    await useLanguage("fr");
    expect(computeReminders(net.store, "2026-12-01", { rule, horizonDays: 30 })[0]?.message).toBe(
      "L'anniversaire d'Ada, c'est le 10 décembre",
    );
    await useLanguage("en");
    expect(computeReminders(net.store, "2026-12-01", { rule, horizonDays: 30 })[0]?.message).toBe("Ada's birthday is on 10 December");
  });
});
