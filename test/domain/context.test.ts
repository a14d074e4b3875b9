import { describe, expect, it } from "vitest";
import { contextLines, nextOccurrence, personContext } from "../../src/domain/context.js";
import type { Interaction } from "../../src/domain/model.js";

const TODAY = "2026-11-26";
let ids = 0;
function i(date: string, fields: Partial<Interaction> = {}): Interaction {
  return {
    id: `i${++ids}`,
    date,
    kind: "message",
    direction: "gave",
    note: null,
    followUpOn: null,
    eventName: null,
    createdAt: `${date}T10:00:00Z`,
    people: ["ada"],
    ...fields,
  };
}
const ADA = { id: "ada", birthday: null, milestones: [] };

describe("the context beside a reminder", () => {
  it("the last three notes, newest first; notes with quotes, emoji and newlines kept as written", () => {
    const history = [
      i("2026-11-20", { note: 'said "yes" 🎉\nto the talk' }),
      i("2026-11-10"),
      i("2026-11-01", { note: "two" }),
      i("2026-10-01", { note: "three" }),
      i("2026-09-01", { note: "four" }),
    ];
    const context = personContext(ADA, history, TODAY);
    expect(context.notes.map((n) => n.note)).toEqual(['said "yes" 🎉\nto the talk', "two", "three"]);
    expect(contextLines(context, (d) => d)[0]).toEqual(["note", 'said "yes" 🎉 to the talk (2026-11-20)']);
  });

  it.each([
    ["a promise with nothing since is open", [i("2026-11-20", { followUpOn: "2026-11-30", note: "send the paper" })], 1],
    ["a later interaction closes it", [i("2026-11-22"), i("2026-11-20", { followUpOn: "2026-11-30" })], 0],
    ["one on the same day leaves it open", [i("2026-11-20"), i("2026-11-20", { followUpOn: "2026-11-30" })], 1],
    ["a follow-up more than 60 days past is let go", [i("2026-08-01", { followUpOn: "2026-09-01" })], 0],
  ])("promises: %s", (_, history, open) => {
    expect(personContext(ADA, history, TODAY).promises).toHaveLength(open);
  });

  it("given and received over the last 90 days (events and news apart), and recent news", () => {
    const history = [
      i("2026-11-25", { kind: "news", direction: "received", note: "new job" }),
      i("2026-11-20", { kind: "help", direction: "received" }),
      i("2026-11-01", { kind: "share" }),
      i("2026-10-01", { kind: "event", direction: "mutual" }),
      i("2026-06-01", { kind: "help" }),
    ];
    const context = personContext(ADA, history, TODAY);
    expect(context.lately).toEqual({ gave: 1, received: 1 });
    expect(context.news).toEqual({ date: "2026-11-25", note: "new job" });
    expect(personContext(ADA, [i("2026-08-01", { kind: "news", direction: "received" })], TODAY).news).toBeNull();
  });

  it.each([
    ["--12-01", "2026-12-01"],
    ["1990-11-26", "2026-11-26"],
    ["--11-25", "2027-11-25"],
    ["--02-29", "2027-02-28"],
    ["nonsense", null],
  ])("next occurrence of %s: %s", (date, next) => {
    expect(nextOccurrence(date, TODAY)).toBe(next);
  });

  it("dates coming up in the next 30 days, soonest first", () => {
    const person = {
      id: "ada",
      birthday: "--12-20",
      milestones: [
        { label: "work anniversary", date: "2019-12-01" },
        { label: "far", date: "--03-01" },
      ],
    };
    expect(personContext(person, [], TODAY).comingUp).toEqual([
      { label: "work anniversary", on: "2026-12-01" },
      { label: "birthday", on: "2026-12-20" },
    ]);
  });
});
