import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeDot } from "../../src/formats/dot.js";
import { type Sandbox, sandbox } from "../helpers/cli.js";

/**
 * A strict reader for the DOT that net writes (Graphviz's grammar, the part used: one `digraph`,
 * `graph`/`node` attribute statements, node statements and `a -> b` edges, each with an attribute
 * list; IDs plain, double-quoted — where, as in Graphviz's scanner, `\"` is an escaped quote even
 * after another backslash — or HTML-like `<…>`). Throws on anything else, so a name that breaks
 * out of its string fails the test. Returns the node labels as shown (entities decoded) and the edges.
 */
function parseDot(text: string): { labels: Map<string, string>; edges: { from: string; to: string; attrs: Record<string, string> }[] } {
  const tokens: { kind: "id" | "quoted" | "html" | "punct"; value: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) i++;
    else if (text.startsWith("//", i)) i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else if (text.startsWith("->", i)) {
      tokens.push({ kind: "punct", value: "->" });
      i += 2;
    } else if ("{}[]=,;".includes(ch)) {
      tokens.push({ kind: "punct", value: ch });
      i++;
    } else if (ch === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated string");
        const c = text[i] as string;
        if (c === "\n") throw new Error("newline in a string");
        if (c === "\\" && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      tokens.push({ kind: "quoted", value });
    } else if (ch === "<") {
      // An HTML-like string: balanced angle brackets; as plain text it holds no tag, only entities.
      let depth = 0;
      const start = i;
      do {
        if (i >= text.length) throw new Error("unterminated HTML string");
        if (text[i] === "<") depth++;
        else if (text[i] === ">") depth--;
        i++;
      } while (depth > 0);
      const inner = text.slice(start + 1, i - 1);
      if (/[<>"]|&(?!(amp|lt|gt|quot|#\d+);)/.test(inner)) throw new Error(`not plain text: ${inner}`);
      const value = inner.replace(/&(amp|lt|gt|quot|#(\d+));/g, (_, name: string, code?: string) =>
        code ? String.fromCodePoint(Number(code)) : (({ amp: "&", lt: "<", gt: ">", quot: '"' } as Record<string, string>)[name] as string),
      );
      tokens.push({ kind: "html", value });
    } else {
      const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(text.slice(i));
      if (!m) throw new Error(`unexpected ${JSON.stringify(ch)} at ${i}`);
      tokens.push({ kind: "id", value: m[0] });
      i += m[0].length;
    }
  }
  let at = 0;
  const next = () => {
    const t = tokens[at++];
    if (!t) throw new Error("unexpected end");
    return t;
  };
  const expectPunct = (p: string) => {
    const t = next();
    if (t.kind !== "punct" || t.value !== p) throw new Error(`expected ${p}, got ${t.value}`);
  };
  const id = () => {
    const t = next();
    if (t.kind === "punct") throw new Error(`expected an ID, got ${t.value}`);
    return t;
  };
  const attrs = () => {
    const out: Record<string, string> = {};
    if (tokens[at]?.value !== "[") return out;
    expectPunct("[");
    while (tokens[at]?.value !== "]") {
      const name = id().value;
      expectPunct("=");
      const value = id();
      out[name] = value.value;
      if (tokens[at]?.value === ",") at++;
    }
    expectPunct("]");
    return out;
  };
  const head = id();
  if (head.value !== "digraph") throw new Error("not a digraph");
  id();
  expectPunct("{");
  const labels = new Map<string, string>();
  const edges: { from: string; to: string; attrs: Record<string, string> }[] = [];
  while (tokens[at]?.value !== "}") {
    const first = id().value;
    if (tokens[at]?.value === "->") {
      at++;
      const to = id().value;
      edges.push({ from: first, to, attrs: attrs() });
    } else {
      const a = attrs();
      if (first !== "graph" && first !== "node") labels.set(first, a.label ?? first);
    }
    expectPunct(";");
  }
  expectPunct("}");
  if (at !== tokens.length) throw new Error("text after the graph");
  return { labels, edges };
}

describe("the DOT writer", () => {
  it.each([
    ['Ada "the Countess" Lovelace'],
    ["back\\slash at the end\\"],
    ['ends with a quote after a backslash \\"'],
    ["<b>not bold</b> &amp; &lt;"],
    ["\\N and \\l and \\n are not Graphviz escapes here"],
    ["two\nlines\rand\ttab"],
    ["émoji 🚀 ; { } -> [label=x]"],
  ])("keeps %j one label, as written", (name) => {
    const dot = writeDot({
      people: [
        { id: "a", name },
        { id: "b", name: "Bob" },
      ],
      metThrough: [{ person: "b", via: "a" }],
      introsMade: [],
    });
    const { labels, edges } = parseDot(dot);
    expect(labels.get("p1")).toBe(name.replace(/[\n\r\t]/g, " "));
    expect(dot).not.toContain("\\");
    expect(edges).toEqual([{ from: "p1", to: "p2", attrs: { label: "introduced you" } }]);
  });
});

describe("met through", () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--date", "2025-03-01"]);
    box.ok(["add", "Grace Hopper", "--date", "2025-03-01"]);
  });
  afterEach(() => box.cleanup());

  type Shown = { contact: { metThrough: { slug: string } | null; introducedYouTo: { slug: string }[] } };

  it("net add --via records who introduced you; show says it both ways", () => {
    const added = box.run(["add", 'Alan "Al" Turing', "--via", "ada"]);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Added Alan "Al" Turing, met today, through Ada Lovelace.');
    expect(box.ok(["show", "alan"])).toMatch(/met\s+2026-11-26 through Ada Lovelace/);
    expect(box.ok(["show", "ada"])).toMatch(/introduced\s+you to Alan "Al" Turing/);
    expect(box.json<Shown>(["show", "alan"]).contact.metThrough?.slug).toBe("ada-lovelace");
    expect(box.json<Shown>(["show", "ada"]).contact.introducedYouTo.map((p) => p.slug)).toEqual(["alan-al-turing"]);
  });

  it('net edit --via sets and changes it; --via "" forgets it; no one introduced you to themselves', () => {
    box.ok(["edit", "grace", "--via", "ada"]);
    expect(box.json<Shown>(["show", "grace"]).contact.metThrough?.slug).toBe("ada-lovelace");
    box.ok(["edit", "grace", "--via", ""]);
    expect(box.json<Shown>(["show", "grace"]).contact.metThrough).toBeNull();
    expect(box.ok(["show", "grace"])).not.toContain("through");
    const self = box.run(["edit", "ada", "--via", "ada"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("can't have introduced you to themselves");
    expect(box.run(["edit", "grace", "--via", "nobody-at-all"]).code).toBe(1);
  });

  it("an intro received records it for the people introduced who had no one yet; one you made records nothing on them", () => {
    box.ok(["add", "Alan Turing"]);
    box.ok(["add", "Hedy Lamarr", "--via", "grace"]);
    const logged = box.run(["log", "ada", "alan", "hedy", "--kind", "intro", "--received"]);
    expect(logged.stderr).toContain("Noted that you met Alan Turing through Ada Lovelace.");
    expect(box.json<Shown>(["show", "alan"]).contact.metThrough?.slug).toBe("ada-lovelace");
    // Hedy already had someone: kept.
    expect(box.json<Shown>(["show", "hedy"]).contact.metThrough?.slug).toBe("grace-hopper");
    box.ok(["log", "grace", "ada", "--kind", "intro"]);
    expect(box.json<Shown>(["show", "grace"]).contact.metThrough).toBeNull();
  });

  it("net export --format dot draws who met whom through whom, names escaped", () => {
    box.ok(["add", 'Alan "Al" \\N Turing', "--via", "ada"]);
    box.ok(["log", "grace", "alan", "--kind", "intro"]);
    box.ok(["add", "Someone Else"]);
    const { labels, edges } = parseDot(box.ok(["export", "--format", "dot"]));
    const byName = new Map([...labels].map(([id, label]) => [label, id]));
    expect([...byName.keys()].sort()).toEqual(['Alan "Al" \\N Turing', "Ada Lovelace", "Grace Hopper"].sort());
    expect(edges).toContainEqual({
      from: byName.get("Ada Lovelace"),
      to: byName.get('Alan "Al" \\N Turing'),
      attrs: { label: "introduced you" },
    });
    expect(edges.some((e) => e.attrs.style === "dashed" && new Set([e.from, e.to]).has(byName.get("Grace Hopper") as string))).toBe(true);
    box.ok(["export", "-o", join(box.dir, "intros.gv")]);
    expect(readFileSync(join(box.dir, "intros.gv"), "utf8")).toMatch(/^\/\/ .*\ndigraph net \{/);
  });

  it("JSON export and import carry it; unknown or malformed introducers are dealt with like other fields", () => {
    box.ok(["add", "Alan Turing", "--via", "ada"]);
    const file = join(box.dir, "net.json");
    box.ok(["export", "-o", file]);
    const doc = JSON.parse(readFileSync(file, "utf8")) as { contacts: { name: string; id: string; metThrough: string | null }[] };
    const ada = doc.contacts.find((c) => c.name === "Ada Lovelace");
    expect(doc.contacts.find((c) => c.name === "Alan Turing")?.metThrough).toBe(ada?.id);

    const other = sandbox("2026-11-26");
    try {
      other.ok(["import", file]);
      expect(other.json<Shown>(["show", "alan"]).contact.metThrough?.slug).toBe("ada-lovelace");
      // Pointing at someone in neither the file nor the database: left out.
      const dangling = structuredClone(doc);
      for (const c of dangling.contacts) {
        c.id = `${c.id}-2`;
        if (c.metThrough) c.metThrough = `${c.metThrough}-2`;
      }
      const grace = dangling.contacts.find((c) => c.name === "Grace Hopper");
      if (grace) {
        grace.metThrough = "no-such-id";
        grace.name = "Grace Two";
      }
      for (const c of dangling.contacts) if (c.name !== "Grace Two") c.name = `${c.name} Two`;
      writeFileSync(join(box.dir, "dangling.json"), JSON.stringify(dangling));
      other.ok(["import", join(box.dir, "dangling.json")]);
      expect(other.json<Shown>(["show", "grace-two"]).contact.metThrough).toBeNull();
      expect(other.json<Shown>(["show", "alan-turing-two"]).contact.metThrough?.slug).toBe("ada-lovelace-two");
      // Not an id: refused, naming the field.
      const bad = structuredClone(doc) as unknown as { contacts: Record<string, unknown>[] };
      (bad.contacts[0] as Record<string, unknown>).metThrough = 42;
      writeFileSync(join(box.dir, "bad.json"), JSON.stringify(bad));
      const refused = other.run(["import", join(box.dir, "bad.json")]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("metThrough");
    } finally {
      other.cleanup();
    }
  });

  it("purging the introducer forgets who introduced", () => {
    box.ok(["add", "Alan Turing", "--via", "ada"]);
    box.ok(["rm", "ada", "--purge", "--yes"]);
    expect(box.json<Shown>(["show", "alan"]).contact.metThrough).toBeNull();
  });
});
