/**
 * The layering of src/, checked by dependency-cruiser in `npm run lint`:
 * cli -> (store, rules, render, formats) -> domain, with rules and domain pure.
 * Type-only imports count as dependencies (tsPreCompilationDeps), except where a rule says otherwise.
 */

/** src/cli files that are not commands: the program, its entry point and the helpers commands share. */
const CLI_SUPPORT =
  "^src/cli/(main|program|runner|context|input|contact-options|prompts|nudge-walk|period|reminder-done|todays-list|morning|write-file|drafting|editor)\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle, even of types only, ties modules that should be understood one after the other.",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import the cruiser can't resolve escapes every other rule: it must resolve.",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "domain-only-domain",
      severity: "error",
      comment:
        "src/domain is the centre: it imports nothing else of net's but the texts (src/i18n), and no Node module (no I/O). Pure npm packages are fine.",
      from: { path: "^src/domain/" },
      to: { path: "^src/(?!domain/|i18n/)" },
    },
    {
      name: "i18n-only-i18n",
      severity: "error",
      comment: "src/i18n holds the texts in each language, below everything: it imports nothing else of net's.",
      from: { path: "^src/i18n/" },
      to: { path: "^src/(?!i18n/)" },
    },
    {
      name: "domain-rules-no-io",
      severity: "error",
      comment: "Domain and rules are pure: no Node core module (fs, os, child_process, ...).",
      from: { path: "^src/(domain|rules)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "rules-not-to-outer-layers",
      severity: "error",
      comment: "The rules are pure: they get a snapshot and today, and import neither the store, the CLI nor the renderers.",
      from: { path: "^src/rules/" },
      to: { path: "^src/(store|cli|render)/" },
    },
    {
      name: "store-not-to-rules",
      severity: "error",
      comment:
        "The store reads rows into the snapshot's shape (src/domain/snapshot.ts); what is due and how urgent is the rules' business.",
      from: { path: "^src/store/" },
      to: { path: "^src/rules/" },
    },
    {
      name: "store-not-to-cli-render",
      severity: "error",
      comment: "The store is below the commands and the renderers.",
      from: { path: "^src/store/" },
      to: { path: "^src/(cli|render)/" },
    },
    {
      name: "formats-only-domain",
      severity: "error",
      comment: "Formats are text in, records out: they import only src/domain (and the texts, src/i18n).",
      from: { path: "^src/formats/" },
      to: { path: "^src/(?!domain/|formats/|i18n/)" },
    },
    {
      name: "formats-ics-types-only",
      severity: "error",
      comment: "See formats-ics-reminder-type: a type, never rule code.",
      from: { path: "^src/formats/ics\\.ts$" },
      to: { path: "^src/rules/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "render-only-domain-and-rule-types",
      severity: "error",
      comment: "Renderers print what they are given: they import src/domain, and from src/rules only types.",
      from: { path: "^src/render/" },
      to: { path: "^src/(cli|store|formats)/" },
    },
    {
      name: "render-rules-types-only",
      severity: "error",
      comment: "Renderers may name the rules' types (Reminder, HabitLine) but run no rule code.",
      from: { path: "^src/render/" },
      to: { path: "^src/rules/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "command-not-to-command",
      severity: "error",
      comment:
        "A command file does not import another command file: what two commands share goes to a module of its own " +
        "(computing reminders: src/app/reminders.ts). program.ts registers the commands.",
      from: { path: "^src/cli/[^/]+\\.ts$", pathNot: CLI_SUPPORT },
      to: { path: "^src/cli/[^/]+\\.ts$", pathNot: CLI_SUPPORT },
    },
    {
      name: "app-between-cli-and-the-rest",
      severity: "error",
      comment: "src/app composes the store and the rules for the commands: it imports neither cli nor render nor formats.",
      from: { path: "^src/app/" },
      to: { path: "^src/(cli|render|formats)/" },
    },
    {
      name: "only-cli-to-cli",
      severity: "error",
      comment: "src/cli is the outermost layer: nothing else imports it.",
      from: { path: "^src/(?!cli/)" },
      to: { path: "^src/cli/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".cjs", ".mjs", ".json"],
    },
  },
};
