// Lists string literals in src/ that read like text for a person (two words or more) and are not
// taken from the catalogues in src/i18n. `node scripts/untranslated.mjs [file|folder...]` prints
// file:line: text for each; the test in test/i18n/untranslated.test.ts requires none in the folders
// people read from. A literal that is not shown to anyone (SQL, a format's own words, an internal
// assertion) is marked on its line, or the line before, with a comment containing `i18n-ignore`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CHECKED = ["src/cli", "src/render", "src/rules", "src/app", "src/domain/review", "src/domain/drafts.ts"];

const WORDS = /\p{L}{2,}[ ,'’]+\p{L}{2,}/u;
const NOT_TEXT = [
  /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|REPLACE)\b/i, // SQL
  /^\s*(AND|OR|WHERE|FROM|JOIN|LEFT JOIN|ORDER BY|GROUP BY|LIMIT|ON|AS|NOT|IN|CASE|WHEN|THEN|ELSE|END|coalesce|max|min|count|sum|substr)\b/, // SQL pieces
  /^-{1,2}[a-z]/, // option specs: --lang <language>
  /^[a-z][a-z0-9-]* <[^>]+>/, // command specs: log <who...>
];

function files(path) {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true })
    .map((name) => join(full, String(name)))
    .filter((name) => name.endsWith(".ts"));
}

function ignored(lines, line) {
  return /i18n-ignore/.test(lines[line] ?? "") || /i18n-ignore/.test(lines[line - 1] ?? "");
}

/** The literals of one file that look like text for a person: { line, text }[]. */
export function untranslated(file) {
  const source = readFileSync(file, "utf8");
  const lines = source.split("\n");
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    let text;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
    if (text !== undefined) {
      const parent = node.parent;
      const isKey = parent && (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      if (!isKey && WORDS.test(text) && !NOT_TEXT.some((re) => re.test(text)) && !ignored(lines, line)) {
        found.push({ line: line + 1, text: text.replace(/\s+/g, " ").slice(0, 100) });
      }
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targets = process.argv.length > 2 ? process.argv.slice(2) : CHECKED;
  let total = 0;
  for (const target of targets) {
    for (const file of files(
      relative(ROOT, join(process.cwd(), target)).startsWith("..") ? target : relative(ROOT, join(process.cwd(), target)),
    )) {
      for (const { line, text } of untranslated(file)) {
        total++;
        console.log(`${relative(ROOT, file)}:${line}: ${text}`);
      }
    }
  }
  console.error(`${total} untranslated`);
}
