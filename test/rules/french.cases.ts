import { network } from "./fixture.js";

/**
 * One representative case per rule (and per wording a rule has): a small network, the day, the
 * rule. test/rules/french.test.ts asserts what each says in French, and that `--json`'s English
 * catalogue still gives the English text.
 */
export const CASES: [name: string, today: string, rule: string, build: () => ReturnType<typeof network>][] = [
  [
    "keep-in-touch after a share",
    "2026-11-26",
    "keep-in-touch",
    () => {
      const net = network();
      net.person("Ada Lovelace", { tier: "active", met: "2026-09-01" });
      net.log(["Ada Lovelace"], { kind: "share", on: "2026-10-16", note: "the article on type systems" });
      return net;
    },
  ],
  [
    "keep-in-touch after help received, long silent",
    "2026-11-26",
    "keep-in-touch",
    () => {
      const net = network();
      net.person("Ada Lovelace", { tier: "active", met: "2025-06-01" });
      net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-05-01" });
      return net;
    },
  ],
  [
    "keep-in-touch with no exchange since the first contact",
    "2026-11-26",
    "keep-in-touch",
    () => {
      const net = network();
      net.person("Ada Lovelace", { tier: "close", source: "imported", metOn: "2026-11-01" });
      return net;
    },
  ],
  [
    "first-follow-up",
    "2026-11-26",
    "first-follow-up",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-11-25", metWhere: "Rust Paris" });
      return net;
    },
  ],
  [
    "follow-up-promise with someone",
    "2026-11-26",
    "follow-up-promise",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-10-01" });
      net.log(["Ada Lovelace"], { kind: "call", on: "2026-11-20", followUpOn: "2026-11-26", note: "send the deck" });
      return net;
    },
  ],
  [
    "follow-up-promise after an event",
    "2026-11-26",
    "follow-up-promise",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-10-01" });
      net.log([], { kind: "event", direction: "mutual", on: "2026-11-20", eventName: "DevOps Days", followUpOn: "2026-11-25" });
      return net;
    },
  ],
  [
    "new-person-month",
    "2026-11-26",
    "new-person-month",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-10-30" });
      return net;
    },
  ],
  [
    "new-person-month, three in one sector",
    "2026-11-26",
    "new-person-month",
    () => {
      const net = network();
      for (const [name, met] of [
        ["A One", "2026-10-01"],
        ["B Two", "2026-10-05"],
        ["C Three", "2026-10-10"],
      ])
        net.person(name as string, { met, sector: "fintech" });
      return net;
    },
  ],
  ["narrative-card missing", "2026-11-26", "narrative-card", () => network()],
  [
    "narrative-card old",
    "2026-11-26",
    "narrative-card",
    () => {
      const net = network();
      net.card("I help teams ship reliable software.", "2026-03-01");
      return net;
    },
  ],
  [
    "event-cadence",
    "2026-12-30",
    "event-cadence",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-11-01" });
      net.log([], { kind: "event", on: "2026-11-20", eventName: "DevOps Days", direction: "mutual" });
      return net;
    },
  ],
  [
    "give-first to someone",
    "2026-12-20",
    "give-first",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-09-01" });
      net.log(["Ada Lovelace"], { kind: "share", direction: "received", on: "2026-11-01" });
      net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-10" });
      net.log(["Ada Lovelace"], { kind: "share", direction: "gave", on: "2026-11-20" });
      net.log(["Ada Lovelace"], { kind: "thanks", on: "2026-11-20" });
      return net;
    },
  ],
  [
    "give-first to someone, once",
    "2026-11-22",
    "give-first",
    () => {
      const net = network();
      net.person("Élodie Martin", { met: "2026-10-20" });
      net.log(["Élodie Martin"], { kind: "help", direction: "received", on: "2026-11-01" });
      net.log(["Élodie Martin"], { kind: "thanks", on: "2026-11-02" });
      return net;
    },
  ],
  [
    "give-first to anyone",
    "2026-12-26",
    "give-first",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-09-01" });
      net.log(["Ada Lovelace"], { kind: "share", on: "2026-10-27" });
      return net;
    },
  ],
  [
    "thank",
    "2026-11-12",
    "thank",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-09-01" });
      net.log(["Ada Lovelace"], { kind: "intro", direction: "received", on: "2026-11-10", note: "Intro to an investor" });
      return net;
    },
  ],
  [
    "congratulate a birthday tomorrow",
    "2026-12-09",
    "congratulate",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--12-10" });
      return net;
    },
  ],
  [
    "congratulate a milestone",
    "2026-03-01",
    "congratulate",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2024-01-01", milestones: [{ label: "joined Analytical Engines", date: "2024-03-01" }] });
      return net;
    },
  ],
  [
    "congratulate news",
    "2026-11-26",
    "congratulate",
    () => {
      const net = network();
      net.person("Grace Hopper", { met: "2026-01-01" });
      net.log(["Grace Hopper"], { kind: "news", direction: "received", on: "2026-11-24", note: "new job" });
      return net;
    },
  ],
  ["quarterly-map", "2026-12-20", "quarterly-map", () => network()],
  ["quarterly-map, the previous quarter", "2027-01-05", "quarterly-map", () => network()],
  [
    "intro-follow-through",
    "2026-11-20",
    "intro-follow-through",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-09-01" });
      net.person("Bob Kahn", { met: "2026-09-01" });
      net.log(["Ada Lovelace", "Bob Kahn"], { kind: "intro", on: "2026-11-01" });
      return net;
    },
  ],
  [
    "not-isolated",
    "2026-11-26",
    "not-isolated",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2026-01-01" });
      net.log(["Ada Lovelace"], { on: "2026-11-20" });
      return net;
    },
  ],
  [
    "gratitude",
    "2027-02-01",
    "gratitude",
    () => {
      const net = network();
      net.person("Ada Lovelace", { met: "2023-01-10" });
      net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2024-05-01", note: "reviewed my deck" });
      return net;
    },
  ],
  [
    "rediscover, imported",
    "2026-11-26",
    "rediscover",
    () => {
      const net = network();
      net.person("Grace Hopper", { source: "imported", metOn: "2021-05-02" });
      return net;
    },
  ],
  [
    "rediscover, outside the usual sector",
    "2026-11-26",
    "rediscover",
    () => {
      const net = network();
      for (const name of ["Ann Fin", "Ben Fin", "Cid Fin"]) {
        net.person(name, { met: "2026-10-01", sector: "fintech", circle: "internal" });
        net.log([name], { kind: "share", on: "2026-11-10" });
      }
      net.person("Old Health", { met: "2020-02-02", sector: "health", circle: "external" });
      return net;
    },
  ],
];
