import { describe, expect, it } from "vitest";
import { network } from "./fixture.js";

const rule = { rule: "follow-up-promise" };

describe("follow-up-promise", () => {
  function promised() {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-10-01" });
    net.person("Grace Hopper", { met: "2026-10-01" });
    const meeting = net.log(["Ada Lovelace", "Grace Hopper"], {
      kind: "meeting",
      on: "2026-11-20",
      followUpOn: "2026-12-04",
      direction: "mutual",
    });
    return { net, meeting };
  }

  it.each([
    ["2026-12-03", 0],
    ["2026-12-04", 2],
    ["2026-12-20", 2],
  ])("on %s, %i reminders (one per person)", (today, count) => {
    expect(promised().net.reminders(today, rule)).toHaveLength(count);
  });

  it("says who and what it follows", () => {
    const [first] = promised().net.reminders("2026-12-04", rule);
    expect(first?.message).toBe("Follow up with Ada Lovelace as planned after your meeting 14 days ago");
  });

  it("logging with one person clears their reminder only", () => {
    const { net } = promised();
    net.log(["Grace Hopper"], { kind: "message", on: "2026-12-05" });
    expect(net.reminders("2026-12-06", rule).map((r) => r.subject?.name)).toEqual(["Ada Lovelace"]);
  });

  it("a follow-up on an event with no one is about no one", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-10-01" });
    net.log([], { kind: "event", on: "2026-11-20", eventName: "DevOps Days", followUpOn: "2026-11-25", direction: "mutual" });
    const [reminder] = net.reminders("2026-11-26", rule);
    expect(reminder?.subject).toBeNull();
    expect(reminder?.message).toBe("Time for the follow-up you planned after DevOps Days");
  });

  it("shows upcoming follow-ups within a horizon", () => {
    expect(promised().net.reminders("2026-11-26", { ...rule, horizonDays: 30 })).toHaveLength(2);
  });
});
