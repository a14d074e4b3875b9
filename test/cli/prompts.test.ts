import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSummary, firstMeeting } from "../../src/cli/add.js";
import { logEntry } from "../../src/cli/log.js";
import {
  type AddWizardInput,
  addWizard,
  confirmPurge,
  editCardText,
  logEditWizard,
  logWizard,
  nudgeWalk,
  type Pickable,
  peopleMatching,
  personChoices,
  suggestionChoices,
  type Walkable,
} from "../../src/cli/prompts.js";
import { Interrupted } from "../../src/domain/errors.js";
import { BIN, type Sandbox, sandbox } from "../helpers/cli.js";
import { promptLibraryFiles, writeModuleRecorder } from "../helpers/modules.js";
import { DEFAULT, INTERRUPT, scriptedPrompter, typed } from "../helpers/prompter.js";

const TODAY = "2026-11-26";

function wizardInput(over: Partial<AddWizardInput> = {}): AddWizardInput {
  return { fields: {}, followUpOn: null, followUpGiven: false, places: [], sectors: [], today: TODAY, ...over };
}

/** Answers to every question of the add wizard, as a person right after a meetup gives them. */
const FULL_ADD = {
  name: "Ada Lovelace",
  where: "Paris AI meetup",
  company: "Analytical Engines",
  role: "CTO",
  sector: "research",
  circle: "external",
  intent: "learn",
  tier: "active",
  note: "asked about the difference engine",
  followUp: DEFAULT,
};

describe("the add wizard", () => {
  it("asks every field, in order, when no flag was given; follow-up defaults to in 2 days", async () => {
    const p = scriptedPrompter(FULL_ADD);
    const result = await addWizard(p, wizardInput());
    expect(p.names()).toEqual(["name", "where", "company", "role", "sector", "circle", "intent", "tier", "note", "followUp"]);
    expect(p.question("followUp")).toMatchObject({ kind: "select", message: "Schedule a follow-up?", default: "2d" });
    expect(p.question("followUp").options?.[0]?.name).toBe("in 2 days (2026-11-28)");
    expect(p.question("tier").default).toBe("network");
    expect(result).toEqual({
      name: "Ada Lovelace",
      fields: {
        metWhere: "Paris AI meetup",
        company: "Analytical Engines",
        role: "CTO",
        sector: "research",
        circle: "external",
        intent: "learn",
        tier: "active",
        notes: "asked about the difference engine",
      },
      followUpOn: "2026-11-28",
    });
  });

  it("does not ask for fields given as flags", async () => {
    const p = scriptedPrompter({ name: "Grace Hopper", sector: "defence" });
    const result = await addWizard(
      p,
      wizardInput({
        fields: {
          metWhere: "COBOL conf",
          company: "Navy",
          role: "Admiral",
          circle: "internal",
          intent: "cooperate",
          tier: "close",
          notes: "bugs",
        },
        followUpOn: "2026-12-03",
        followUpGiven: true,
      }),
    );
    expect(p.names()).toEqual(["name", "sector"]);
    expect(result.fields).toMatchObject({ metWhere: "COBOL conf", company: "Navy", sector: "defence", tier: "close", notes: "bugs" });
    expect(result.followUpOn).toBe("2026-12-03");
  });

  it("takes a flag that clears a field (--company '') as given", async () => {
    const p = scriptedPrompter({ ...FULL_ADD, company: undefined });
    const result = await addWizard(p, wizardInput({ fields: { company: null } }));
    expect(p.names()).not.toContain("company");
    expect(result.fields.company).toBeNull();
  });

  it("does not ask how often when --cadence says it", async () => {
    const p = scriptedPrompter(FULL_ADD);
    const result = await addWizard(p, wizardInput({ fields: { cadenceDays: 21 } }));
    expect(p.names()).not.toContain("tier");
    expect(p.unused()).toEqual(["tier"]);
    expect(result.fields).toMatchObject({ cadenceDays: 21 });
    expect(result.fields.tier).toBeUndefined();
  });

  it("does not ask for a follow-up given with --follow-up", async () => {
    const p = scriptedPrompter(FULL_ADD);
    const result = await addWizard(p, wizardInput({ followUpOn: "2026-12-10", followUpGiven: true }));
    expect(p.names()).not.toContain("followUp");
    expect(result.followUpOn).toBe("2026-12-10");
  });

  it("suggests recent places, newest first, then skip; typing filters them or keeps the new text", async () => {
    const places = ["Paris AI meetup", "DevOps Days Paris", "Lyon JS"];
    const p = scriptedPrompter({ ...FULL_ADD, where: DEFAULT });
    const result = await addWizard(p, wizardInput({ places }));
    expect(p.question("where")).toMatchObject({ kind: "search", choices: [...places, ""] });
    expect(p.question("where").options?.at(-1)?.name).toBe("skip");
    expect(result.fields.metWhere).toBe("Paris AI meetup");

    expect(suggestionChoices(places, "paris").map((c) => c.value)).toEqual(["Paris AI meetup", "DevOps Days Paris", "paris"]);
    expect(suggestionChoices(places, "lyon js").map((c) => c.value)).toEqual(["Lyon JS"]);
    expect(suggestionChoices(places, "  Nantes Web ")).toEqual([{ name: "Nantes Web (new)", value: "Nantes Web", short: "Nantes Web" }]);

    const typedNew = scriptedPrompter({ ...FULL_ADD, where: typed("Nantes Web") });
    expect((await addWizard(typedNew, wizardInput({ places }))).fields.metWhere).toBe("Nantes Web");
    const skipped = scriptedPrompter({ ...FULL_ADD, where: "" });
    expect((await addWizard(skipped, wizardInput({ places }))).fields.metWhere).toBeNull();
  });

  it("suggests sectors already used, most used first", async () => {
    const p = scriptedPrompter({ ...FULL_ADD, sector: typed("fin") });
    const result = await addWizard(p, wizardInput({ sectors: ["research", "fintech", "health"] }));
    expect(p.question("sector").kind).toBe("search");
    expect(suggestionChoices(["research", "fintech", "health"], "").map((c) => c.value)).toEqual(["research", "fintech", "health", ""]);
    expect(result.fields.sector).toBe("fintech");
  });

  it("asks a plain question when there is nothing to suggest", async () => {
    const p = scriptedPrompter(FULL_ADD);
    await addWizard(p, wizardInput());
    expect(p.question("where").kind).toBe("input");
    expect(p.question("sector").kind).toBe("input");
  });

  it("turns blank answers into empty fields, not empty strings", async () => {
    const p = scriptedPrompter({ ...FULL_ADD, where: "  ", company: "", role: " ", sector: "", circle: null, intent: null, note: "" });
    const result = await addWizard(p, wizardInput());
    expect(result.fields).toEqual({
      metWhere: null,
      company: null,
      role: null,
      sector: null,
      circle: null,
      intent: null,
      tier: "active",
      notes: null,
    });
  });

  it("schedules the follow-up from the meeting day: in a week, another day, or none", async () => {
    const week = await addWizard(scriptedPrompter({ ...FULL_ADD, followUp: "1w" }), wizardInput({ today: "2026-11-20" }));
    expect(week.followUpOn).toBe("2026-11-27");
    const none = await addWizard(scriptedPrompter({ ...FULL_ADD, followUp: "no" }), wizardInput());
    expect(none.followUpOn).toBeNull();
    const p = scriptedPrompter({ ...FULL_ADD, followUp: "other", followUpWhen: ["soon-ish", "yesterday", "2026-12-15"] });
    const other = await addWizard(p, wizardInput());
    expect(other.followUpOn).toBe("2026-12-15");
    expect(p.rejected.map((r) => r.answer)).toEqual(["soon-ish", "yesterday"]);
  });

  it("refuses a name already in the network before asking anything else", async () => {
    const p = scriptedPrompter({ ...FULL_ADD, name: ["", "Ada Lovelace", "Ada King"] });
    const result = await addWizard(
      p,
      wizardInput({ checkName: (name) => (name === "Ada Lovelace" ? "Ada Lovelace is already in your network (ada-lovelace)" : true) }),
    );
    expect(p.rejected).toEqual([
      { name: "name", answer: "", message: "a name, please" },
      { name: "name", answer: "Ada Lovelace", message: "Ada Lovelace is already in your network (ada-lovelace)" },
    ]);
    expect(result.name).toBe("Ada King");
  });

  it("stops at Ctrl-C with Interrupted, before returning anything to write", async () => {
    const p = scriptedPrompter({ ...FULL_ADD, sector: INTERRUPT });
    await expect(addWizard(p, wizardInput())).rejects.toBeInstanceOf(Interrupted);
    expect(p.names().at(-1)).toBe("sector");
  });

  it("writes the contact and the first meeting from the answers", async () => {
    const answers = await addWizard(scriptedPrompter(FULL_ADD), wizardInput({ fields: { tags: ["ai", " ai "] } }));
    const { contact, meeting } = firstMeeting(
      { ...answers, metOn: TODAY },
      { id: "00000000-0000-4000-8000-000000000001", slug: "ada-lovelace", now: "2026-11-26T09:00:00.000Z" },
    );
    expect(contact).toMatchObject({
      id: "00000000-0000-4000-8000-000000000001",
      slug: "ada-lovelace",
      name: "Ada Lovelace",
      company: "Analytical Engines",
      role: "CTO",
      sector: "research",
      circle: "external",
      metWhere: "Paris AI meetup",
      metOn: TODAY,
      intent: "learn",
      tier: "active",
      cadenceDays: null,
      tags: ["ai"],
      notes: "asked about the difference engine",
      source: "added",
      archivedAt: null,
    });
    expect(meeting).toEqual({
      date: TODAY,
      kind: "meeting",
      direction: "mutual",
      note: "first met at Paris AI meetup",
      followUpOn: "2026-11-28",
      eventName: null,
      people: [contact.id],
    });
    expect(addSummary(contact, TODAY, TODAY, meeting.followUpOn)).toBe(
      "Added Ada Lovelace (CTO at Analytical Engines, research, external): met today at Paris AI meetup · learn · active · follow-up 2026-11-28.",
    );
  });

  it("sums up a sparse answer in one line too", () => {
    const { contact } = firstMeeting(
      { name: "Zoë\u001b[31m Faure", fields: { cadenceDays: 21 }, metOn: "2026-11-25", followUpOn: null },
      { id: "x", slug: "zoe-faure", now: "2026-11-26T09:00:00.000Z" },
    );
    const line = addSummary(contact, "2026-11-25", TODAY, null);
    expect(line).toBe("Added Zoë\\x1b[31m Faure: met yesterday · every 3w · no follow-up.");
    expect(line).not.toContain("\n");
  });
});

const PEOPLE: Pickable[] = [
  { id: "ada-l", slug: "ada-lovelace", name: "Ada Lovelace", company: "Analytical Engines", lastInteractionOn: "2026-10-01" },
  { id: "ada-b", slug: "ada-byron", name: "Ada Byron", company: null, lastInteractionOn: "2026-11-20" },
  { id: "grace", slug: "grace-hopper", name: "Grace Hopper", company: "Navy", lastInteractionOn: "2026-11-25" },
  { id: "zoe", slug: "zoe-faure", name: "Zoë Faure", company: null, lastInteractionOn: null },
  { id: "alan", slug: "alan-turing", name: "Alan Turing", company: "Bletchley", lastInteractionOn: "2026-11-20" },
];

const ids = (people: Pickable[]) => people.map((p) => p.id);

describe("the person picker", () => {
  it("lists recent contacts first when nothing is typed (ties by name, never-contacted last)", () => {
    expect(ids(peopleMatching(PEOPLE, ""))).toEqual(["grace", "ada-b", "alan", "ada-l", "zoe"]);
  });

  it.each([
    ["ada", ["ada-b", "ada-l"]],
    ["lovel", ["ada-l"]],
    ["zoe", ["zoe"]],
    ["ZOË", ["zoe"]],
    ["hoper", ["grace"]],
    ["grce", ["grace"]],
    ["turing", ["alan"]],
    ["a", ["ada-b", "alan", "ada-l", "grace", "zoe"]],
    ["ab", []],
    ["xyz", []],
  ])("fuzzy-matches what is typed: %s", (term, expected) => {
    expect(ids(peopleMatching(PEOPLE, term))).toEqual(expected);
  });

  it("puts a name starting with what is typed before a name merely containing it", () => {
    const people = [
      { id: "1", slug: "mara-dan", name: "Mara Dan", company: null, lastInteractionOn: "2026-11-25" },
      { id: "2", slug: "dana-li", name: "Dana Li", company: null, lastInteractionOn: "2026-01-01" },
    ];
    expect(ids(peopleMatching(people, "dan"))).toEqual(["1", "2"]);
    expect(ids(peopleMatching(people, "ara"))).toEqual(["1"]);
  });

  it("shows the company and how long ago, and keeps control characters out of the terminal", () => {
    const choices = personChoices(
      [...PEOPLE, { id: "evil", slug: "evil", name: "Eve\u001b]0;pwned\u0007", company: null, lastInteractionOn: null }],
      "",
      TODAY,
    );
    expect(choices[0]).toEqual({
      name: "Grace Hopper (Navy)",
      value: "grace",
      short: "Grace Hopper",
      description: "last contact yesterday",
    });
    expect(choices.find((c) => c.value === "zoe")?.description).toBe("zoe-faure");
    expect(choices.find((c) => c.value === "evil")?.name).toBe("Eve\\x1b]0;pwned\\x07");
  });
});

describe("the log edit wizard", () => {
  const current = {
    kind: "call",
    direction: "gave",
    date: "2026-11-20",
    note: "about the launch",
    followUpOn: null,
    isEvent: false,
  } as const;

  it("offers each field with its value as the default", async () => {
    const p = scriptedPrompter({ kind: DEFAULT, direction: DEFAULT, date: DEFAULT, note: DEFAULT, followUp: DEFAULT });
    expect(await logEditWizard(p, current)).toEqual({
      kind: "call",
      direction: "gave",
      date: "2026-11-20",
      note: "about the launch",
      followUp: "none",
    });
    expect(p.asked.map((q) => [q.name, q.default])).toEqual([
      ["kind", "call"],
      ["direction", "gave"],
      ["date", "2026-11-20"],
      ["note", "about the launch"],
      ["followUp", "none"],
    ]);
  });

  it("takes what is changed, and never asks to make an event something else", async () => {
    const p = scriptedPrompter({ direction: "received", date: "yesterday", note: "", followUp: "2w" });
    const answers = await logEditWizard(p, { ...current, kind: "event", isEvent: true });
    expect(answers).toEqual({ kind: "event", direction: "received", date: "yesterday", note: "", followUp: "2w" });
    expect(p.asked.map((q) => q.name)).not.toContain("kind");
  });
});

describe("the log wizard", () => {
  it("searches the person, then asks kind, direction and note", async () => {
    const p = scriptedPrompter({ person: typed("grac"), kind: "share", direction: DEFAULT, note: " the COBOL article " });
    const answers = await logWizard(p, { people: PEOPLE, today: TODAY });
    expect(p.names()).toEqual(["person", "kind", "direction", "note"]);
    expect(p.question("person").choices).toEqual(["grace"]);
    expect(p.question("kind")).toMatchObject({ default: "checkin" });
    expect(p.question("kind").choices).not.toContain("event");
    expect(p.question("direction")).toMatchObject({ default: "gave", choices: ["gave", "received", "mutual"] });
    expect(answers).toEqual({ personId: "grace", kind: "share", direction: "gave", note: "the COBOL article" });
    expect(logEntry({ date: TODAY, ...answers, directionGiven: false, followUpOn: null, people: [answers.personId] })).toEqual({
      date: TODAY,
      kind: "share",
      direction: "gave",
      note: "the COBOL article",
      followUpOn: null,
      eventName: null,
      people: ["grace"],
    });
  });

  it("offers everyone, recent first, before anything is typed", async () => {
    const p = scriptedPrompter({ person: DEFAULT, kind: DEFAULT, direction: DEFAULT, note: "" });
    const answers = await logWizard(p, { people: PEOPLE, today: TODAY });
    expect(p.question("person").choices).toEqual(["grace", "ada-b", "alan", "ada-l", "zoe"]);
    expect(answers).toEqual({ personId: "grace", kind: "checkin", direction: "gave", note: null });
  });

  it("does not ask what flags already say", async () => {
    const p = scriptedPrompter({ person: "ada-l" });
    const answers = await logWizard(p, { people: PEOPLE, kind: "help", direction: "received", note: "intro to her investor" });
    expect(p.names()).toEqual(["person"]);
    expect(answers).toEqual({ personId: "ada-l", kind: "help", direction: "received", note: "intro to her investor" });
  });

  it("stops at Ctrl-C in the picker", async () => {
    await expect(logWizard(scriptedPrompter({ person: INTERRUPT }), { people: PEOPLE })).rejects.toBeInstanceOf(Interrupted);
  });

  it("writes an event as mutual unless a direction was given, and no blank note", () => {
    const base = {
      date: TODAY,
      kind: "event" as const,
      direction: "gave" as const,
      note: "  ",
      followUpOn: null,
      event: " DevOps Days ",
      people: [],
    };
    expect(logEntry({ ...base, directionGiven: false })).toMatchObject({ direction: "mutual", note: null, eventName: "DevOps Days" });
    expect(logEntry({ ...base, directionGiven: true })).toMatchObject({ direction: "gave" });
  });
});

describe("rm --purge confirmation", () => {
  it("defaults to no", async () => {
    const p = scriptedPrompter({ purge: DEFAULT });
    expect(await confirmPurge(p, "Grace Hopper", 3)).toBe(false);
    expect(p.question("purge")).toMatchObject({
      kind: "confirm",
      default: false,
      message: "Delete Grace Hopper and their 3 interactions for good? This can't be undone.",
    });
  });

  it("deletes only on yes", async () => {
    expect(await confirmPurge(scriptedPrompter({ purge: true }), "Ada", 1)).toBe(true);
    expect(scriptedPrompter({ purge: true }).asked).toEqual([]);
    const p = scriptedPrompter({ purge: false });
    await confirmPurge(p, "Ada", 1);
    expect(p.question("purge").message).toBe("Delete Ada and their interaction for good? This can't be undone.");
    const none = scriptedPrompter({ purge: false });
    await confirmPurge(none, "Ada", 0);
    expect(none.question("purge").message).toBe("Delete Ada for good? This can't be undone.");
  });
});

describe("editing the card", () => {
  it("opens the current card under a short guide, and keeps what was written without the guide", async () => {
    const p = scriptedPrompter({ card: (text: string) => `${text}\nI help small teams ship.\n` });
    expect(await editCardText(p, "I build compilers.")).toBe("I build compilers.\nI help small teams ship.");
    const shown = p.question("card").default as string;
    expect(shown.startsWith("# ")).toBe(true);
    expect(shown.endsWith("\nI build compilers.")).toBe(true);
  });

  it("changes nothing when the text is left as it was, or emptied", async () => {
    expect(await editCardText(scriptedPrompter({ card: DEFAULT }), "I build compilers.")).toBeNull();
    expect(await editCardText(scriptedPrompter({ card: "# only the guide\n\n" }), "I build compilers.")).toBeNull();
    expect(await editCardText(scriptedPrompter({ card: DEFAULT }), null)).toBeNull();
  });

  it("writes a first card", async () => {
    expect(await editCardText(scriptedPrompter({ card: "Hello, I'm Ada." }), null)).toBe("Hello, I'm Ada.");
  });
});

describe("nudge -i", () => {
  const reminders: Walkable[] = [
    {
      key: "keep-in-touch:grace",
      message: "Reconnect with Grace",
      suggestion: "ask how the launch went",
      subject: { id: "grace", name: "Grace Hopper" },
    },
    { key: "narrative-card", message: "Write your card", suggestion: "net card --edit", subject: null },
    { key: "thank:ada", message: "Thank Ada", suggestion: "a short note", subject: { id: "ada-l", name: "Ada Lovelace" } },
    { key: "event-cadence", message: "Go to an event", suggestion: "a meetup", subject: null },
    { key: "give-first:alan", message: "Give to Alan", suggestion: "share something", subject: { id: "alan", name: "Alan Turing" } },
  ];

  it("walks through each reminder and returns the decisions: log, done, snooze 1d / 1w / custom, skip", async () => {
    const p = scriptedPrompter({
      "action.1": "log",
      "kind.1": "share",
      "note.1": "the launch article",
      "action.2": "done",
      "action.3": "snooze",
      "snooze.3": "1d",
      "action.4": "snooze",
      "snooze.4": "",
      "snoozeFor.4": ["today", "3w"],
      "action.5": "skip",
    });
    const decisions = await nudgeWalk(p, reminders, TODAY);
    expect(decisions).toEqual([
      { key: "keep-in-touch:grace", action: "log", personId: "grace", kind: "share", note: "the launch article" },
      { key: "narrative-card", action: "done" },
      { key: "thank:ada", action: "snooze", until: "2026-11-27" },
      { key: "event-cadence", action: "snooze", until: "2026-12-17" },
      { key: "give-first:alan", action: "skip" },
    ]);
    expect(p.rejected.map((r) => r.answer)).toEqual(["today"]);
    expect(p.question("action.1").message).toBe("1/5 Reconnect with Grace\n  → ask how the launch went");
  });

  it("offers logging only for a reminder about someone; snooze defaults to a week", async () => {
    const p = scriptedPrompter({
      "action.1": DEFAULT,
      "kind.1": DEFAULT,
      "note.1": "",
      "action.2": DEFAULT,
      "action.3": "snooze",
      "snooze.3": DEFAULT,
    });
    const decisions = await nudgeWalk(p, reminders.slice(0, 3), TODAY);
    expect(p.question("action.1").choices).toEqual(["log", "done", "snooze", "skip"]);
    expect(p.question("action.2").choices).toEqual(["done", "snooze", "skip"]);
    expect(decisions).toEqual([
      { key: "keep-in-touch:grace", action: "log", personId: "grace", kind: "message", note: null },
      { key: "narrative-card", action: "done" },
      { key: "thank:ada", action: "snooze", until: "2026-12-03" },
    ]);
  });

  it("offers the gesture the reminder calls for first: thanks for a thank-you, congrats for news", async () => {
    const p = scriptedPrompter({ "action.1": "log", "kind.1": DEFAULT, "note.1": "", "action.2": "log", "kind.2": DEFAULT, "note.2": "" });
    const decisions = await nudgeWalk(
      p,
      [
        {
          key: "thank:ada",
          rule: "thank",
          message: "Thank Ada",
          suggestion: "a short note",
          subject: { id: "ada-l", name: "Ada Lovelace" },
        },
        {
          key: "congratulate:news:1:alan",
          rule: "congratulate",
          message: "Alan had news",
          suggestion: "congratulate",
          subject: { id: "alan", name: "Alan Turing" },
        },
      ],
      TODAY,
    );
    expect(decisions.map((d) => (d.action === "log" ? d.kind : d.action))).toEqual(["thanks", "congrats"]);
  });

  it("with a drafter: draft it (shown, then copied or mailed), then log it with the draft's gesture", async () => {
    const shown: string[] = [];
    const drafter = {
      draft: (r: { key: string }) => ({
        text: `Draft for ${r.key}`,
        kind: "thanks" as const,
        copy: async () => "copied",
        mail: async () => "mailed",
      }),
      show: (text: string) => shown.push(text),
    };
    const p = scriptedPrompter({
      "action.1": "draft",
      "send.1": DEFAULT,
      "after.1": DEFAULT,
      "kind.1": DEFAULT,
      "note.1": "sent",
      "action.2": DEFAULT,
      "action.3": "draft",
      "send.3": "mail",
      "after.3": "skip",
    });
    const decisions = await nudgeWalk(p, reminders.slice(0, 3), TODAY, 80, drafter);
    expect(p.question("action.1").choices).toEqual(["draft", "log", "done", "snooze", "skip"]);
    expect(p.question("action.2").choices).toEqual(["done", "snooze", "skip"]);
    expect(p.question("after.1").choices).toEqual(["log", "done", "snooze", "skip"]);
    expect(shown).toEqual(["Draft for keep-in-touch:grace", "copied", "Draft for thank:ada", "mailed"]);
    expect(decisions).toEqual([
      { key: "keep-in-touch:grace", action: "log", personId: "grace", kind: "thanks", note: "sent" },
      { key: "narrative-card", action: "done" },
      { key: "thank:ada", action: "skip" },
    ]);
  });

  it("returns nothing to write when interrupted mid-walk", async () => {
    const p = scriptedPrompter({ "action.1": "done", "action.2": INTERRUPT });
    await expect(nudgeWalk(p, reminders, TODAY)).rejects.toBeInstanceOf(Interrupted);
  });
});

describe("the scripted prompter", () => {
  it("fails on a question the script does not answer, and on an answer that is not offered", async () => {
    await expect(addWizard(scriptedPrompter({ name: "Ada" }), wizardInput())).rejects.toThrow(/unexpected question 'where'/);
    await expect(confirmPurge(scriptedPrompter({}), "Ada", 1)).rejects.toThrow(/unexpected question 'purge'/);
    await expect(addWizard(scriptedPrompter({ ...FULL_ADD, tier: "weekly" }), wizardInput())).rejects.toThrow(/not among the choices/);
  });
});

// ---------------------------------------------------------------------------
// Start-up: the daily commands must not load the prompt library.

describe("start-up", () => {
  let box: Sandbox;
  let recorder: string;
  let inquirerFiles: string[];

  beforeAll(() => {
    box = sandbox();
    recorder = writeModuleRecorder(box.dir);
    inquirerFiles = promptLibraryFiles();
    box.ok(["add", "Ada Lovelace", "--where", "Paris AI meetup", "--tier", "close", "--date", "2026-10-01"]);
  });
  afterAll(() => box.cleanup());

  /** Runs the built CLI with the recorder; returns the paths of the modules it loaded. */
  function loadedBy(args: string[], name: string): string[] {
    const log = join(box.dir, `${name}.modules`);
    writeFileSync(log, "");
    const env = { PATH: process.env.PATH, HOME: box.dir, NET_DB: box.db, NET_TODAY: box.today, NET_TEST_MODULE_LOG: log };
    const result = spawnSync(process.execPath, ["--require", recorder, BIN, ...args], { env, encoding: "utf8", timeout: 20_000 });
    expect(result.stderr).not.toMatch(/Error|at .*\.js/);
    expect(result.status).toBe(0);
    return readFileSync(log, "utf8").split("\n").filter(Boolean);
  }

  it("knows which built file holds the prompt library, and it is not the main bundle", () => {
    expect(inquirerFiles.length).toBeGreaterThan(0);
    expect(inquirerFiles.some((f) => f.endsWith("/dist/net.cjs"))).toBe(false);
  });

  it("records lazily loaded parts (the recorder sees what import() loads)", () => {
    // "Nov 20" is read by chrono-node, loaded with import() like the prompts.
    const loaded = loadedBy(["log", "ada", "--kind", "share", "--date", "Nov 20"], "chrono");
    expect(loaded.some((path) => path.endsWith("/dist/net.cjs"))).toBe(true);
    expect(loaded.some((path) => path.endsWith("/dist/chrono.cjs"))).toBe(true);
  });

  it.each([
    ["list", ["list"]],
    ["list --json", ["list", "--json"]],
    ["nudge", ["nudge"]],
    ["nudge --all --json", ["nudge", "--all", "--json"]],
    ["log with every flag", ["log", "ada", "--kind", "share", "--note", "the article"]],
  ])("net %s does not load the prompt library", (name, args) => {
    const loaded = loadedBy(args, name.replace(/\W+/g, "-"));
    expect(loaded.some((path) => path.endsWith("/dist/net.cjs"))).toBe(true);
    expect(loaded.filter((path) => inquirerFiles.includes(path) || path.includes("@inquirer"))).toEqual([]);
  });

  // Each of these costs several milliseconds of start-up, and only some commands need one.
  it.each([
    ["nudge", ["nudge"]],
    ["list", ["list"]],
    ["--version", ["--version"]],
  ])("net %s starts without child processes, crypto, the ES module loader or a stream on stdin", (name, args) => {
    const loaded = loadedBy(args, `builtins-${name.replace(/\W+/g, "-")}`);
    expect(loaded).toContain("node:fs");
    expect(loaded.filter((m) => ["node:child_process", "node:crypto", "node:module", "node:internal/fs/streams"].includes(m))).toEqual([]);
  });
});
