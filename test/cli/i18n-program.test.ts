/**
 * Issue 15: the program's frame speaks the language chosen (--lang, NET_LANG, then the locale):
 * help, commander's usage errors, the error and hint lines, the store's errors. Run through the
 * real binary, as a French user sees it. `--json` and commands never change with the language.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/store/migrations.js";
import { type Sandbox, sandbox } from "../helpers/cli.js";

const FR = { LANG: "fr_FR.UTF-8" };
const NBSP = "\u00a0";

describe("the program in English and in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Ada Lovelace", "--company", "Analytical Engines", "--no-input"]);
    box.ok(["add", "Grace Hopper", "--no-input"]);
    box.ok(["log", "ada", "--kind", "share", "--note", "an article"]);
  });
  afterAll(() => box.cleanup());

  it("an unknown command, with what was meant", () => {
    const en = box.run(["lst"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("error: unknown command 'lst'\nhint: did you mean net list or net ls? (net --help lists every command)\n");
    const fr = box.run(["lst"], { env: FR });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(
      `erreur${NBSP}: commande inconnue «${NBSP}lst${NBSP}»\n` +
        `conseil${NBSP}: voulais-tu dire net list ou net ls${NBSP}? (net --help liste toutes les commandes)\n`,
    );
  });

  it("an unknown option, a value outside the choices, a missing argument", () => {
    expect(box.run(["nudge", "--rul", "thank"], { env: FR }).stderr).toBe(
      `erreur${NBSP}: option inconnue «${NBSP}--rul${NBSP}»\n` +
        `conseil${NBSP}: voulais-tu dire --rule${NBSP}? (net nudge --help liste les options)\n`,
    );
    expect(box.run(["export", "--format", "xml"], { env: FR }).stderr).toBe(
      `erreur${NBSP}: «${NBSP}xml${NBSP}» n'est pas un choix possible pour --format\n` +
        `conseil${NBSP}: choisis parmi json, csv, vcard, ics, dot\n`,
    );
    const missing = box.run(["show"], { env: FR });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `erreur${NBSP}: il manque l'argument «${NBSP}who${NBSP}»\nconseil${NBSP}: utilisation${NBSP}: net show [options] <who>\n`,
    );
  });

  it("a database written by a newer net", () => {
    const path = join(box.dir, "future.db");
    const db = new Database(path);
    db.exec("CREATE TABLE contacts (id TEXT); CREATE TABLE interactions (id TEXT); CREATE TABLE settings (key TEXT)");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const newer = SCHEMA_VERSION + 1;
    const en = box.run(["list", "--db", path]);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      `error: ${path} was written by a newer net (schema ${newer}; this net knows up to ${SCHEMA_VERSION})\n` +
        "hint: upgrade net to open it; the file was not changed\n",
    );
    const fr = box.run(["list", "--db", path], { env: FR });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toBe(
      `erreur${NBSP}: ${path} a été écrit par un net plus récent (schéma ${newer}${NBSP}; ce net va jusqu'au schéma ${SCHEMA_VERSION})\n` +
        `conseil${NBSP}: mets net à jour pour l'ouvrir${NBSP}; le fichier n'a pas été modifié\n`,
    );
  });

  it("a --db path that is a folder", () => {
    expect(box.run(["list", "--db", box.dir], { env: FR }).stderr).toBe(
      `erreur${NBSP}: ${box.dir} est un dossier, pas un fichier de base\nconseil${NBSP}: donne à --db le chemin d'un fichier\n`,
    );
  });

  it("net --help in French: the titles, the options, the daily habit", () => {
    const help = box.ok(["--help"], { env: FR });
    for (const title of ["Utilisation", "Options", "Commandes"]) expect(help).toMatch(new RegExp(`^${title}${NBSP}:`, "m"));
    expect(help).not.toMatch(/^(Usage|Commands):/m);
    expect(help).toContain("affiche l'aide");
    expect(help).toContain("ne pose jamais de question");
    expect(help).toContain(`(env.${NBSP}: NET_DB)`);
    expect(help).toContain(`L'habitude quotidienne${NBSP}:`);
    expect(help).toContain(`Codes de sortie${NBSP}:`);
    // No line is broken at a no-break space: a colon never starts a line.
    expect(help).not.toMatch(/^\s*:/m);
    // A command's help: its arguments and the global options.
    const backup = box.ok(["backup", "--help"], { env: FR });
    expect(backup).toMatch(new RegExp(`^Arguments${NBSP}:`, "m"));
    expect(backup).toMatch(new RegExp(`^Options globales${NBSP}:`, "m"));
    expect(backup).toContain("liste les copies gardées à côté de la base");
    expect(backup).toContain(`Exemples${NBSP}:`);
  });

  it("refuses a language it does not speak: exit 2, a message and a hint", () => {
    const de = box.run(["--lang", "de", "list"]);
    expect(de.code).toBe(2);
    expect(de.stdout).toBe("");
    expect(de.stderr).toBe('error: unknown language "de" in --lang\nhint: net speaks en (English) and fr (French)\n');
    // Said in the locale's language.
    const inFrench = box.run(["list"], { env: { ...FR, NET_LANG: "de" } });
    expect(inFrench.code).toBe(2);
    expect(inFrench.stderr).toBe(
      `erreur${NBSP}: langue inconnue «${NBSP}de${NBSP}» dans NET_LANG\nconseil${NBSP}: net parle en (anglais) et fr (français)\n`,
    );
  });

  it("LANG=fr_FR.UTF-8 speaks French; NET_LANG=en and --lang en override it", () => {
    expect(box.run(["nudg"], { env: FR }).stderr).toMatch(/^erreur\u00a0: commande inconnue/);
    expect(box.run(["nudg"], { env: { ...FR, NET_LANG: "en" } }).stderr).toMatch(/^error: unknown command 'nudg'/);
    expect(box.run(["nudg", "--lang", "en"], { env: FR }).stderr).toMatch(/^error: unknown command 'nudg'/);
    expect(box.run(["nudg"], { env: { LANG: "en_US.UTF-8", NET_LANG: "fr" } }).stderr).toMatch(/^erreur\u00a0:/);
  });

  it("--json is the same in both languages", () => {
    const en = box.ok(["list", "--json"]);
    const fr = box.ok(["list", "--json"], { env: FR });
    expect(JSON.parse(en)).toHaveLength(2);
    expect(fr).toBe(en);
    expect(box.ok(["backup", "--list", "--json"], { env: FR })).toBe(box.ok(["backup", "--list", "--json"]));
  });

  it("import, export and backup report in French", () => {
    const file = join(box.dir, "all.json");
    const exported = box.run(["export", "-o", file], { env: FR });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(`Export vers ${file} (json)${NBSP}: 2 personnes et 3 interactions.\n`);
    const again = box.run(["import", file, "--dry-run"], { env: FR });
    expect(again.stderr).toBe(
      `Essai à blanc, rien n'est écrit. 2 personnes lues dans all.json (export de net).\n` +
        `Résultat prévu${NBSP}: 0 ajoutée, 0 fusionnée, 2 ignorées${NBSP}: 2 déjà dans ton réseau, rien de nouveau.\n` +
        `0 interaction serait ajoutée.\n`,
    );
    const twice = box.run(["export", "-o", file], { env: FR });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(
      `erreur${NBSP}: ${file} existe déjà\nconseil${NBSP}: ajoute --force pour le remplacer, ou choisis un autre fichier avec -o\n`,
    );
  });
});
