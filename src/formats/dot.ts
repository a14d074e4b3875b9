/**
 * Graphviz DOT for "who met whom through whom" (`net export --format dot`). Pure: people and
 * links in, text out. Node ids are `p1`, `p2`, …; names are only ever labels, written as HTML-like
 * strings (`<…>`) with `& < > " \` as entities and control characters (newlines included) made
 * spaces. A quoted string can't hold every name: Graphviz reads `\"` as an escaped quote even after
 * a backslash, so a name ending in `\` would run on, and `\N` or `\l` in a quoted label are
 * Graphviz escapes. HTML-like labels have neither problem.
 */
export interface DotGraph {
  people: { id: string; name: string }[];
  /** `person` was introduced to you by `via`. */
  metThrough: { person: string; via: string }[];
  /** You introduced these people to each other. */
  introsMade: { people: string[]; date: string }[];
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "&#92;" };

/** A DOT HTML-like string holding `text` as plain text. */
export function dotLabel(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return `<${clean.replace(/[&<>"\\]/g, (c) => ENTITIES[c] as string)}>`;
}

export function writeDot(graph: DotGraph): string {
  const node = new Map(graph.people.map((p, n) => [p.id, `p${n + 1}`]));
  const lines = [
    "// Who met whom through whom, from net. Render it with Graphviz: dot -Tsvg net.dot -o net.svg", // i18n-ignore: the Graphviz file's content
    "digraph net {", // i18n-ignore: the Graphviz file's content
    "  graph [rankdir=LR];",
    "  node [shape=box, style=rounded];", // i18n-ignore: the Graphviz file's content
  ];
  for (const p of graph.people) lines.push(`  ${node.get(p.id)} [label=${dotLabel(p.name)}];`);
  for (const e of graph.metThrough) {
    const from = node.get(e.via);
    const to = node.get(e.person);
    if (from && to) lines.push(`  ${from} -> ${to} [label="introduced you"];`); // i18n-ignore: the Graphviz file's content
  }
  for (const intro of graph.introsMade) {
    const ids = intro.people.flatMap((id) => node.get(id) ?? []);
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++)
        lines.push(`  ${ids[a]} -> ${ids[b]} [dir=none, style=dashed, label="you introduced them, ${intro.date}"];`); // i18n-ignore: the Graphviz file's content
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
