import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

/**
 * Stand-ins for the clipboard and mail openers, first on PATH: each records what it was given in
 * `<dir>/<name>.got`, so no test touches the real clipboard or opens a real mail client.
 */
function standIns(box: Sandbox): { env: Record<string, string>; got(name: string): string | null } {
  const bin = join(box.dir, "standins");
  mkdirSync(bin, { recursive: true });
  const record = (name: string, what: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${what} > "${join(box.dir, `${name}.got`)}"\n`);
    chmodSync(join(bin, name), 0o755);
  };
  record("xsel", "/bin/cat");
  record("xclip", "/bin/cat");
  record("wl-copy", "/bin/cat");
  record("xdg-open", `printf '%s' "$1"`);
  return {
    env: { PATH: `${bin}:${process.env.PATH}` },
    got: (name) => (existsSync(join(box.dir, `${name}.got`)) ? readFileSync(join(box.dir, `${name}.got`), "utf8") : null),
  };
}

interface DraftJson {
  kind: string;
  to: { id: string; name: string; email: string | null };
  subject: string;
  body: string;
}

const ADA = 'Ada "the Countess" Lovelace 🚀';

describe("net draft", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok([
      "add",
      ADA,
      "--date",
      "2026-09-01",
      "--where",
      "Paris AI meetup",
      "--email",
      "ada@example.org",
      "--company",
      "Analytical Engines",
      "-q",
    ]);
    box.ok([
      "log",
      "ada",
      "--kind",
      "help",
      "--received",
      "--date",
      "2026-11-20",
      "--note",
      'Intro to her "investor" 💸\nand a second line',
      "-q",
    ]);
    box.ok(["add", "Zed", "-q"]);
    box.ok(["card", "--set", "I help small teams ship reliable software. Ten years of Rust, two of teaching.", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("by a number of today's list: the reminder's kind and facts, then how to log it", () => {
    const list = box.json<{ rule: string; subject: { name: string } | null }[]>(["nudge"]);
    box.ok(["nudge", "-q"]);
    const n = list.findIndex((r) => r.rule === "thank" && r.subject?.name === ADA) + 1;
    expect(n).toBeGreaterThan(0);
    const result = box.run(["draft", String(n)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Subject: Thank you\n\nHi Ada,\n\nThank you again for your help (Intro to her "investor" 💸). I wanted you to know it was appreciated. If there is ever anything I can do in return, just say so.\n',
    );
    expect(result.stderr).toContain("After sending: net log ada-the-countess-lovelace --kind thanks");
  });

  it("for a person, the kind guessed from what is due: a first follow-up with the card's opening", () => {
    expect(box.ok(["draft", "zed"])).toBe(
      "Subject: Good to meet you\n\nHi Zed,\n\nIt was good to meet you today. As a quick reminder of who I am: I help small teams ship reliable software. I'd be glad to stay in touch, and let me know if I can help with anything you're working on.\n",
    );
  });

  it("a person with almost no data: the draft invents nothing", () => {
    const bare = sandbox("2026-11-26");
    try {
      bare.ok(["add", "Zoë", "-q"]);
      for (const kind of ["thanks", "congrats", "follow-up", "reconnect", "intro", "first", "ask"]) {
        const draft = bare.json<DraftJson>(["draft", "zoe", "--kind", kind]);
        expect(draft.body.startsWith("Hi Zoë,\n\n")).toBe(true);
        expect(draft.body).not.toMatch(/[{}()]|undefined|null|: *$| at [A-Z]/m);
        expect(draft.to).toMatchObject({ name: "Zoë", email: null });
      }
    } finally {
      bare.cleanup();
    }
  });

  it("--json: kind, to, subject, body", () => {
    const draft = box.json<DraftJson>(["draft", "ada", "--kind", "reconnect"]);
    expect(draft).toMatchObject({ kind: "reconnect", to: { name: ADA, email: "ada@example.org" } });
    expect(draft.body).toMatch(/^Hi Ada,\n\n/);
  });

  it("a kind that doesn't exist is a usage error naming the choices", () => {
    const result = box.run(["draft", "ada", "--kind", "flattery"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'flattery' is not a choice for --kind");
  });

  it("a number not in today's list is an error", () => {
    const result = box.run(["draft", "99"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/there is no #99 in today's list/);
  });

  it("never puts a note logged with several people into a message to one of them (it may be about another)", () => {
    const two = sandbox("2026-12-19");
    try {
      two.ok(["add", "Ada Lovelace", "--date", "2026-12-01", "-q"]);
      two.ok(["add", "Grace Hopper", "--date", "2026-12-01", "-q"]);
      two.ok(["log", "ada", "grace", "--kind", "meeting", "--note", "Ada wants an intro to a tester", "--follow-up", "3d", "-q"]);
      two.today = "2026-12-22";
      for (const kind of ["follow-up", "reconnect", "thanks"]) {
        const body = two.json<DraftJson>(["draft", "grace", "--kind", kind]).body;
        expect(body).not.toContain("Ada wants an intro");
      }
      // A note logged with Grace alone is hers to read again.
      two.ok(["log", "grace", "--kind", "call", "--note", "the COBOL talk", "--follow-up", "1d", "-q"]);
      two.today = "2026-12-23";
      expect(two.json<DraftJson>(["draft", "grace", "--kind", "follow-up"]).body).toContain("the COBOL talk");
    } finally {
      two.cleanup();
    }
  });

  it("drafts two different messages after a gesture is logged (stable rotation)", () => {
    const other = sandbox("2026-11-26");
    try {
      other.ok(["add", "Bo", "--date", "2026-01-01", "-q"]);
      const bodies = new Set<string>();
      for (let n = 0; n < 3; n++) {
        const once = other.json<DraftJson>(["draft", "bo", "--kind", "reconnect"]).body;
        expect(other.json<DraftJson>(["draft", "bo", "--kind", "reconnect"]).body).toBe(once);
        bodies.add(once);
        other.ok(["log", "bo", "--kind", "message", "--date", `2026-02-0${n + 1}`, "-q"]);
      }
      expect(bodies.size).toBe(3);
    } finally {
      other.cleanup();
    }
  });

  it("net show: the context beside the profile (gestures lately, promises, news, dates coming up)", () => {
    box.ok(["log", "ada", "--kind", "meeting", "--date", "2026-11-24", "--note", "coffee ☕", "--follow-up", "2026-12-01", "-q"]);
    box.ok(["edit", "ada", "--birthday", "12-05", "-q"]);
    const text = box.ok(["show", "ada", "--no-color"]);
    expect(text).toContain("  lately     you gave 0, received 1 (last 90 days)");
    expect(text).toContain("  promised   coffee ☕ — follow up in 5 days");
    expect(text).toContain("  coming up  birthday in 9 days");
    const json = box.json<{ context: { promises: unknown[]; comingUp: unknown[] } }>(["show", "ada"]);
    expect(json.context.promises).toEqual([{ date: "2026-11-24", followUpOn: "2026-12-01", note: "coffee ☕" }]);
    expect(json.context.comingUp).toEqual([{ label: "birthday", on: "2026-12-05" }]);
  });

  it("is a read: it does not create a database", () => {
    const empty = sandbox();
    try {
      const result = empty.run(["draft", "ada"]);
      expect(result.code).toBe(1);
      expect(existsSync(empty.db)).toBe(false);
    } finally {
      empty.cleanup();
    }
  });
});

describe("net draft --copy and --mailto (stand-ins on PATH)", () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", ADA, "--date", "yesterday", "--where", "PyCon", "--email", "ada+net@example.org", "-q"]);
  });
  afterEach(() => box.cleanup());

  it("--copy puts the body on the clipboard (xsel) and prints nothing", () => {
    const s = standIns(box);
    const result = box.run(["draft", "ada", "--copy"], { env: s.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(s.got("xsel")).toMatch(/^Hi Ada,\n\nIt was good to meet you at PyCon\. /);
    expect(result.stderr).toContain("Copied to the clipboard. After sending: net log ada-the-countess-lovelace --kind message");
  });

  it("--copy on Wayland uses wl-copy", () => {
    const s = standIns(box);
    const result = box.run(["draft", "ada", "--copy"], { env: { ...s.env, WAYLAND_DISPLAY: "wayland-0" } });
    expect(result.code).toBe(0);
    expect(s.got("wl-copy")).toMatch(/^Hi Ada,/);
    expect(s.got("xsel")).toBeNull();
  });

  it("--copy with no clipboard program: says so and prints the draft", () => {
    const empty = join(box.dir, "nothing");
    mkdirSync(empty);
    const result = box.run(["draft", "ada", "--copy"], { env: { PATH: empty } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/No clipboard net can use \(.*xsel.*\); here is the draft to copy by hand\./);
    expect(result.stdout).toMatch(/^Subject: Good to meet you\n\nHi Ada,/);
  });

  it("--mailto opens the mail client on a mailto: link with the email, subject and body", () => {
    const s = standIns(box);
    const result = box.run(["draft", "ada", "--mailto"], { env: s.env });
    expect(result.code).toBe(0);
    const url = s.got("xdg-open") ?? "";
    expect(url).toMatch(/^mailto:ada%2Bnet@example\.org\?subject=Good%20to%20meet%20you&body=Hi%20Ada%2C%0D%0A%0D%0AIt%20was%20good/);
    expect(decodeURIComponent(url.split("&body=")[1] ?? "")).toMatch(/^Hi Ada,\r\n\r\nIt was good to meet you at PyCon\./);
    expect(result.stderr).toContain("Opened your mail client to ada+net@example.org.");
  });

  it("--mailto with no opener: says so and prints the draft", () => {
    const empty = join(box.dir, "nothing");
    mkdirSync(empty);
    const result = box.run(["draft", "ada", "--mailto"], { env: { PATH: empty } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Could not open a mail client/);
    expect(result.stdout).toMatch(/^Subject: Good to meet you/);
  });

  it("--edit without a terminal is a usage error", () => {
    const result = box.run(["draft", "ada", "--edit"], { env: { EDITOR: "true" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--edit needs $EDITOR (or $VISUAL) and a terminal");
  });
});

describe("net draft templates", () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Grace 'Amazing' Hopper", "-q"]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--note", "fixed my compiler", "-q"]);
  });
  afterEach(() => box.cleanup());

  it("prints every kind's templates, and reads them back", () => {
    const text = box.ok(["draft", "templates"]);
    for (const kind of ["thanks", "congrats", "follow-up", "reconnect", "intro", "first", "ask"]) expect(text).toContain(`## ${kind}\n`);
    writeFileSync(join(box.dir, "t.txt"), text);
    const saved = box.run(["draft", "templates", "--set", join(box.dir, "t.txt")]);
    expect(saved.code).toBe(0);
    expect(saved.stderr).toContain("Templates saved (all defaults).");
  });

  it("your own template is used; unknown placeholders are an error naming them, and nothing is saved", () => {
    const bad = box.run(["draft", "templates", "--set", "-"], {
      input: "## thanks\nSubject: Merci {first}\nHi {first},\n\nThanks for {help_note} and {helpp}.\nSee you {sooon}.\n",
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("line 5: unknown placeholder {helpp}; line 6: unknown placeholder {sooon}");
    expect(box.json<DraftJson>(["draft", "grace", "--kind", "thanks"]).subject).not.toBe("Merci Grace");

    const good = box.run(["draft", "templates", "--set", "-"], {
      input: "## thanks\nSubject: Merci {first}\nHi {first},\n\nThanks for this: {help_note}.\nAnd for {promise}.\nIt mattered.\n",
    });
    expect(good.code).toBe(0);
    expect(good.stderr).toContain("your own for: thanks");
    expect(box.json<DraftJson>(["draft", "grace", "--kind", "thanks"])).toMatchObject({
      subject: "Merci Grace",
      body: "Hi Grace,\n\nThanks for this: fixed my compiler. It mattered.",
    });
    // Other kinds keep their defaults.
    expect(box.json<DraftJson>(["draft", "grace", "--kind", "first"]).subject).toMatch(/meet/);

    box.ok(["draft", "templates", "--reset", "-q"]);
    expect(box.json<DraftJson>(["draft", "grace", "--kind", "thanks"]).subject).not.toBe("Merci Grace");
  });
});
