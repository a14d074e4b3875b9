import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

/**
 * A new user's first weeks, lived through the real binary one morning at a time: add two people
 * after a meetup, import an old LinkedIn export the next day, nudge each morning, log some
 * gestures, mark one reminder done, snooze another, ignore the rest, cross a month end and a
 * quarter end. Each morning's full list is checked, reminder by reminder.
 */

interface ReminderJson {
  key: string;
  rule: string;
  subject: { name: string } | null;
  message: string;
  suggestion: string;
}

/** LinkedIn's export, connected years before the user started with net. */
const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Linus,Pauling,https://www.linkedin.com/in/linus-pauling,,Caltech,Professor,07 Dec 2021
Rosalind,Franklin,https://www.linkedin.com/in/rosalind-franklin,,King's College,Researcher,12 Nov 2022
Barbara,Liskov,https://www.linkedin.com/in/barbara-liskov,,MIT,Professor,03 Jan 2023
`;

/** Words a reminder must never use: guilt, or a network's age counted from imported dates. */
const SCOLDING = /neglect|since you started|you should have|overdue|failed|\b\d{3,} days\b/i;

/** One morning: what the user does, then what the full list must hold, exactly ("rule" or "rule:First name"). */
type Morning = [day: string, before: string[][], due: string[]];

const MORNINGS: Morning[] = [
  // Met Ada yesterday at a meetup and Grace today: a first note to each, and the card.
  [
    "2026-11-20",
    [
      ["add", "Ada Lovelace", "--tier", "active", "--intent", "learn", "--date", "yesterday", "--where", "Paris AI meetup"],
      ["add", "Grace Hopper", "--sector", "defense"],
    ],
    ["first-follow-up:Ada", "first-follow-up:Grace", "narrative-card"],
  ],
  // Hundreds of days of LinkedIn history: nobody to follow up, no "since you started", nothing quiet.
  ["2026-11-21", [["import", "@linkedin"]], ["first-follow-up:Ada", "first-follow-up:Grace", "narrative-card"]],
  [
    "2026-11-22",
    [["log", "ada", "--kind", "message", "--date", "yesterday", "--", "thanks for the chat"]],
    ["first-follow-up:Grace", "narrative-card"],
  ],
  // Grace's first few days are over: let go, not carried as a debt.
  ["2026-11-23", [], ["narrative-card"]],
  ["2026-11-24", [["card", "--set", "I help small teams ship reliable software. Ask me about testing."]], []],
  // Help received: thank first; giving back waits.
  ["2026-11-25", [["log", "ada", "--kind", "help", "--received", "--", "intro to her investor"]], ["thank:Ada"]],
  ["2026-11-26", [], ["thank:Ada"]],
  ["2026-11-27", [["log", "ada", "--kind", "thanks"]], []],
  // A new month: one new person to meet.
  ["2026-12-01", [], ["new-person-month"]],
  // The quickstart's map early in December is not the quarter's review.
  ["2026-12-02", [["map", "--quarter"]], ["new-person-month"]],
  ["2026-12-03", [["nudge"], ["done", "@new-person-month"]], []],
  // Fewer than two interactions in the last 14 days.
  ["2026-12-08", [], []],
  ["2026-12-09", [], ["not-isolated"]],
  // Three weeks after the help: give something back. Nothing at all in 14 days: it has been quiet.
  ["2026-12-16", [], ["give-first:Ada", "not-isolated"]],
  // The quarter's last 14 days: its review is due.
  ["2026-12-18", [], ["give-first:Ada", "quarterly-map", "not-isolated"]],
  // Thirty days after the first day with net: an event would be good.
  ["2026-12-20", [], ["give-first:Ada", "quarterly-map", "not-isolated", "event-cadence"]],
  ["2026-12-21", [["snooze", "@event-cadence", "1w"]], ["give-first:Ada", "quarterly-map", "not-isolated"]],
  ["2026-12-22", [["map", "--quarter"]], ["give-first:Ada", "not-isolated"]],
  // Ada's cadence (active, 30 days) since the thanks; nothing given for 30 days; the snooze is over.
  ["2026-12-28", [], ["give-first:Ada", "keep-in-touch:Ada", "not-isolated", "event-cadence", "give-first"]],
  // Done with Ada's keep-in-touch: she comes back one cadence later, not never.
  ["2026-12-29", [["done", "@keep-in-touch"]], ["give-first:Ada", "not-isolated", "event-cadence", "give-first"]],
  // A new quarter (Q4's review was recorded) and a new month.
  ["2027-01-02", [], ["give-first:Ada", "not-isolated", "event-cadence", "give-first", "new-person-month"]],
  ["2027-01-27", [], ["give-first:Ada", "not-isolated", "event-cadence", "give-first", "new-person-month"]],
  ["2027-01-28", [], ["give-first:Ada", "keep-in-touch:Ada", "not-isolated", "event-cadence", "give-first", "new-person-month"]],
];

/**
 * Besides, the old LinkedIn connections come back one at a time from the 1st and the 16th of each
 * month (rediscover: silent three years or more, counted from "connected on"): one of them in each
 * of these windows, the same one throughout a window (which one depends on the random ids).
 */
const REDISCOVERED: [from: string, to: string][] = [
  ["2026-11-21", "2026-11-27"],
  ["2026-12-01", "2026-12-09"],
  ["2026-12-16", "2026-12-29"],
  ["2027-01-02", "2027-01-02"],
  ["2027-01-27", "2027-01-28"],
];
const CONNECTIONS = ["Linus", "Rosalind", "Barbara"];
const rediscoveredIn = new Map<string, string>();

function label(r: ReminderJson): string {
  return r.subject ? `${r.rule}:${r.subject.name.split(" ")[0]}` : r.rule;
}

describe("a new user's first weeks, one morning at a time", () => {
  let box: Sandbox;
  let linkedin: string;
  beforeAll(() => {
    box = sandbox("2026-11-20");
    linkedin = join(box.dir, "Connections.csv");
    writeFileSync(linkedin, LINKEDIN);
  });
  afterAll(() => box.cleanup());

  it.each(MORNINGS)("on %s", (day, actions, expected) => {
    box.today = day;
    for (const action of actions) {
      const args = action.map((arg) => {
        if (arg === "@linkedin") return linkedin;
        // A reminder of today's list, by its rule: its key, as `net done`/`net snooze` take it.
        if (arg.startsWith("@")) {
          const key = box.json<ReminderJson[]>(["nudge", "--all"]).find((r) => r.rule === arg.slice(1))?.key;
          if (!key) throw new Error(`no ${arg.slice(1)} reminder on ${day}`);
          return key;
        }
        return arg;
      });
      box.ok([...args, "-q"]);
    }
    const due = box.json<ReminderJson[]>(["nudge", "--all"]);
    const window = REDISCOVERED.find(([from, to]) => day >= from && day <= to);
    const rediscovered = due.filter((r) => r.rule === "rediscover").map(label);
    expect(rediscovered).toHaveLength(window ? 1 : 0);
    if (window) {
      const who = (rediscovered[0] as string).slice("rediscover:".length);
      expect(CONNECTIONS).toContain(who);
      expect(rediscoveredIn.get(window[0]) ?? who).toBe(who);
      rediscoveredIn.set(window[0], who);
    }
    const want = [...expected, ...rediscovered];
    expect(due.map(label).sort()).toEqual(want.sort());
    for (const r of due) {
      expect(r.message).not.toMatch(SCOLDING);
      expect(r.suggestion).not.toMatch(SCOLDING);
    }
    const morning = box.run(["nudge"]);
    expect(morning.code).toBe(0);
    expect(morning.stdout).not.toMatch(SCOLDING);
    if (want.length === 0) expect(morning.stdout).toContain("Nothing due today.");
  });

  it("kept the quarter's review from the map inside its window only, and Ada's next keep-in-touch after the done", () => {
    box.today = "2027-01-28";
    const { reviews } = JSON.parse(box.ok(["export", "--format", "json"])) as { reviews: { period: string; reviewedOn: string }[] };
    expect(reviews).toEqual([expect.objectContaining({ period: "2026Q4", reviewedOn: "2026-12-22" })]);
    const ada = box.json<{ slug: string; nextDueOn: string }[]>(["list"]).find((p) => p.slug === "ada-lovelace");
    expect(ada?.nextDueOn).toBe("2027-01-28");
  });
});
