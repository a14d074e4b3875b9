import { plural } from "../plural.js";

const count = (n: number, one: string, other: string) => `${n} ${plural("en", n, { one, other })}`;
const people = (n: number) => count(n, "person", "people");
const interactions = (n: number) => count(n, "interaction", "interactions");
/** 1000000 → "1,000,000". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Import, export, backup and restore in English: their help, their reports, their errors, and those of the file readers. */
export const transfer = {
  // -- net import ----------------------------------------------------------------------------------
  importSummary: "bring in contacts: phone (vCard), LinkedIn, Google, net JSON",
  importDescription:
    "Bring in the network you already have. The format is recognised from the content:\n" +
    "vCard 2.1/3.0/4.0 (phones, mail apps), LinkedIn's Connections.csv, a Google Contacts CSV, or a net JSON export.\n" +
    "People already in your network (same email, profile URL or name) are merged: empty fields are filled,\n" +
    "nothing you wrote is overwritten, and a field you emptied stays empty. A LinkedIn job change (against\n" +
    "the last LinkedIn import) updates company and role, logs the news and ends the former company's milestones.\n" +
    "Imported people don't count as met this month. All or nothing: a broken file changes nothing.",
  importFile: "the export file (- reads standard input)",
  importFormat: "the file's format, when it can't be recognised",
  importDryRun: "show what would happen; write nothing",
  importForceIds: "net JSON: a person whose id is someone's here is that person, even under another name",
  importTag: "tag everyone in the file (repeatable)",
  importTier: "tier of the people added (default network)",
  importExamples: `
Examples:
  net import contacts.vcf --tag phone
  net import Connections.csv --dry-run
  net import Connections.csv    again with a newer export: job changes become news
  net import google.csv --tier active
  net import backup.json        merge a net export from another machine`,

  standardInput: "standard input",
  tooLarge: (p: { name: string; limit: string }) => `can't import ${p.name}: it is larger than ${p.limit}, the most net reads`,
  tooLargeHint: "nothing was imported; is it the right file? Split a larger export into parts and import each",
  noFileAt: (file: string) => `no file at ${file}`,
  noFileAtHint: "check the path (LinkedIn's file is Connections.csv in the export)",
  isFolder: (file: string) => `${file} is a folder`,
  isFolderHint: "give the export file inside it",
  permissionDenied: (file: string) => `can't read ${file}: permission denied`,
  checkPermissions: "check the file's permissions",
  cantRead: (p: { file: string; message: string }) => `can't read ${p.file}: ${p.message}`,
  cantImport: (p: { name: string; message: string }) => `can't import ${p.name}: ${p.message}`,
  cantImportAt: (p: { name: string; line: number; message: string }) => `can't import ${p.name}: line ${p.line}: ${p.message}`,
  nothingImported: (hint: string) => `nothing was imported; ${hint}`,
  fixAndRetry: "export the file again (or fix that line) and retry",
  cantTell: (name: string) => `can't tell what kind of file ${name} is`,
  cantTellHint: (formats: string) =>
    `give its format: --format ${formats} (vCard, LinkedIn Connections.csv, Google Contacts CSV, net JSON)`,
  tagTierJson: "--tag and --tier apply to vCard, LinkedIn and Google imports",
  tagTierJsonHint: "a net export keeps each person's own tags and tier",
  forceIdsNotJson: "--force-ids applies to net JSON exports",
  forceIdsNotJsonHint: "vCard, LinkedIn and Google files match people by email, profile and name",

  /** The formats as the report names them. */
  formatNames: { vcard: "vCard", linkedin: "LinkedIn connections", google: "Google Contacts CSV", json: "net export" },
  /** Why people were skipped, after their count ("3 without a name"). */
  skipReasons: {
    "no-name": "without a name",
    "up-to-date": "already in your network, nothing new",
    archived: "archived in your network (net edit <who> --restore brings them back)",
    ambiguous: "several people in your network have that name",
    duplicate: "appear twice in the file",
    "id-conflict": "carry the id of someone else in your network (--force-ids if they are the same person)",
  },
  readFrom: (p: { dryRun: boolean; total: number; file: string; format: string }) =>
    `${p.dryRun ? "Dry run, nothing written. " : ""}Read ${people(p.total)} from ${p.file} (${p.format}).`,
  outcome: (p: { dryRun: boolean; added: number; merged: number; skipped: number; reasons: string[] }) =>
    `${p.dryRun ? "Would have: " : ""}added ${p.added}, merged ${p.merged}, skipped ${p.skipped}${p.reasons.length ? `: ${p.reasons.join("; ")}` : ""}.`,
  /** "3 without a name (lines 2, 5, 9)": `lines` is the list of line numbers, already joined. */
  skippedFor: (p: { count: number; reason: string; lines: string; lineCount: number }) =>
    `${p.count} ${p.reason}${p.lines ? ` (${plural("en", p.lineCount, { one: "line", other: "lines" })} ${p.lines})` : ""}`,
  interactionsAdded: (p: { dryRun: boolean; count: number }) => `${p.dryRun ? "Would add" : "Added"} ${interactions(p.count)}.`,
  idConflict: (p: { name: string; slug: string }) => `  ${p.name} in the file has the id of ${p.slug} here: skipped, ${p.slug} left as is.`,
  moreIdConflicts: (n: number) => `  … and ${n} more with someone else's id.`,
  settingsLeftOut: (p: { count: number; list: string }) =>
    `Left out ${plural("en", p.count, { one: "a setting", other: "settings" })} this net doesn't know: ${p.list}.`,
  /** A LinkedIn job change as the report says it (the news logged keeps net's own words). */
  newRole: (p: { role: string | null; company: string | null }) =>
    p.role && p.company
      ? `new role: ${p.role} at ${p.company}`
      : p.role
        ? `new role: ${p.role}`
        : `new role at ${p.company ?? "a new company"}`,
  milestonesEnded: (p: { count: number; labels: string }) =>
    ` (${plural("en", p.count, { one: "milestone", other: "milestones" })} ${p.labels} ended)`,
  jobChange: (p: { who: string; change: string; ended: string; slug: string }) =>
    `  ${p.who} — ${p.change}${p.ended}. A good moment to congratulate: net log ${p.slug} --kind congrats`,
  moreJobChanges: (n: number) => `  … and ${n} more job changes (net nudge will suggest congratulating them).`,

  // -- net export ----------------------------------------------------------------------------------
  exportSummary: "take your data anywhere: JSON, CSV, vCard, calendar",
  exportDescription:
    "Write your network out, to standard output or a file (-o).\n" +
    "  json   everything (people, interactions, reminder state, reviews, settings); net import reads it back\n" +
    "  csv    one row per active person, with last contact and next due (safe to open in a spreadsheet)\n" +
    "  vcard  vCard 4.0, one card per active person, for phones and mail apps\n" +
    "  ics    the due and upcoming gestures (next 30 days, --days N) as calendar to-dos\n" +
    "  dot    who met whom through whom (net add --via, intros logged), for Graphviz: dot -Tsvg",
  exportFormat: "json, csv, vcard, ics or dot (default: from -o's extension, else json)",
  exportOutput: "write to this file instead of standard output (- is standard output)",
  exportForce: "replace the -o file if it exists (a regular file only)",
  exportDays: "ics: how many days ahead (default 30)",
  exportExamples: `
Examples:
  net export -o net-backup.json
  net export --format csv -o network.csv
  net export --format vcard > contacts.vcf
  net export --format ics --days 14 -o gestures.ics
  net export --format dot | dot -Tsvg -o intros.svg`,
  badDays: (text: string) => `--days '${text}' is not a number of days`,
  badDaysHint: "give a whole number from 0 to 366, e.g. --days 14",
  daysNeedsIcs: "--days applies to --format ics",
  daysNeedsIcsHint: "drop --days, or add --format ics",
  exportedAll: (p: { people: number; interactions: number }) => `${people(p.people)} and ${interactions(p.interactions)}`,
  exportedPeople: (n: number) => people(n),
  exportedGraph: (n: number) => `${people(n)} met through someone or introduced`,
  exportedGestures: (p: { count: number; days: number }) =>
    `${count(p.count, "gesture", "gestures")} due by the next ${p.days} ${plural("en", p.days, { one: "day", other: "days" })}`,
  damagedExport: (p: { exported: string | null; lost: number }) =>
    `the database is damaged: ${p.exported ? `${p.exported}, ` : ""}all that could be read; up to ${count(p.lost, "record", "records")} could not be`,
  exportedTo: (p: { what: string; output: string }) => `exported ${p.what} to ${p.output}`,
  damagedExportHint: "keep this export; start a new database with net import <this file> (--db elsewhere), or restore a .bak-* copy",
  exported: (p: { what: string; output: string; format: string }) => `Exported ${p.what} to ${p.output} (${p.format}).`,
  keptAsItWas: (path: string) => `kept ${path} as it was; nothing was exported`,
  keptAsItWasHint: "choose another file with -o, or add --force",
  alreadyExists: (path: string) => `${path} already exists`,
  alreadyExistsHint: "add --force to replace it, or choose another file with -o",

  // -- writing a file (-o) -------------------------------------------------------------------------
  notAFolderInPath: (path: string) => `can't write ${path}: a part of that path is not a folder`,
  checkThePath: "check the path",
  kinds: {
    symlink: "a symbolic link",
    device: "a device",
    pipe: "a named pipe",
    socket: "a socket",
    other: "not a regular file",
  },
  outputIsFolder: (path: string) => `${path} is a folder`,
  outputIsFolderHint: "give -o a file name inside it",
  onlyRegular: (p: { path: string; kind: string }) => `${p.path} is ${p.kind}; net replaces only regular files`,
  onlyRegularHint: "give -o a new file name, or -o - (or no -o) to write to standard output",
  appeared: (path: string) => `${path} appeared while writing it`,
  noFolder: (path: string) => `can't write ${path}: the folder does not exist`,
  noFolderHint: "create it first, or choose another path",
  cantWrite: (path: string) => `can't write ${path}: permission denied`,
  cantWriteHint: "choose a folder you can write to",
  noSpace: (path: string) => `no space left to write ${path}`,
  freeSpace: "free some space and try again",

  // -- net backup ----------------------------------------------------------------------------------
  backupSummary: "copy the database now, or list the copies kept",
  backupDescription:
    "Copy the database now (a consistent copy, even while another net writes), to <file> or beside it as\n" +
    "<name>.backup-<day>-<hhmmss>. net also keeps one copy a day by itself, before the day's first change\n" +
    "(the last 7 days, and the first copy of each of the last 4 weeks). --list shows the copies kept.",
  backupFile: "where to write the copy (a new file)",
  backupList: "list the copies kept beside the database",
  backupExamples:
    "\nExamples:\n  net backup\n  net backup ~/safe/net-2026-11.db\n  net backup --list\n  net restore net.db.backup-2026-11-20",
  noCopies: (path: string) => `No copies beside ${path} yet; net makes one before the first change of each day, or now with: net backup`,
  /** The kinds of copies, as `net backup --list` shows them. */
  copyKinds: { daily: "daily", weekly: "weekly", manual: "manual", "before-restore": "before-restore", upgrade: "upgrade" },
  kilobytes: (n: number) => `${n} KB`,
  /** "2.5 MB": the whole megabytes and the tenth. */
  megabytes: (p: { whole: number; tenth: number }) => `${p.whole}.${p.tenth} MB`,
  wholeMegabytes: (n: number) => `${n} MB`,
  noDatabaseToCopy: (path: string) => `there is no net database at ${path} to copy`,
  noDatabaseToCopyHint: `start one with: net add "<name>"`,
  noRoomForCopy: (target: string) => `no room for a copy at ${target}: the disk is full`,
  noRoomForCopyHint: "free some space, or give another place",
  cantWriteCopy: (p: { target: string; why: string }) => `can't write a copy at ${p.target} (${p.why})`,
  cantWriteCopyHint: "check the folder exists and is writable",
  copied: (path: string) => `Copied the database to ${path}.`,

  // -- net restore ---------------------------------------------------------------------------------
  restoreSummary: "put a copy of the database back",
  restoreDescription:
    "Replace the database with a copy (one listed by net backup --list, or any file made by net backup).\n" +
    "Shows what will be replaced and asks first (--yes without a terminal); the current database is\n" +
    "copied first, as <name>.backup-<day>-<hhmmss>-before-restore.",
  restoreCopy: "the copy: a file, or a name from net backup --list",
  restoreYes: "don't ask for confirmation",
  restoreExamples: "\nExamples:\n  net backup --list\n  net restore net.db.backup-2026-11-20",
  holds: (p: { people: number; interactions: number; last: string | null }) =>
    `${people(p.people)}, ${interactions(p.interactions)}${p.last ? `, the last on ${p.last}` : ""}`,
  isTheDatabase: "that is the database itself",
  isTheDatabaseHint: "give a copy: see net backup --list",
  noDatabaseToRestore: (file: string) => `there is no net database at ${file} to restore into`,
  noDatabaseToRestoreHint: (p: { from: string; file: string }) => `copy the file there yourself: cp ${p.from} ${p.file}`,
  unreadable: (why: string) => `it can't be read: ${why}`,
  replaces: (p: { file: string; current: string; from: string; incoming: string }) =>
    `This replaces ${p.file} (${p.current})\n  with ${p.from} (${p.incoming}).`,
  needsConfirmation: "restoring a copy needs confirmation",
  needsConfirmationHint: (copy: string) => `pass --yes: net restore ${copy} --yes`,
  confirmRestore: "Restore this copy?",
  nothingChanged: "Nothing was changed.",
  restored: (p: { from: string; kept: string }) => `Restored ${p.from}. The database as it was is kept as ${p.kept}.`,

  // -- reading import files (src/formats) ----------------------------------------------------------
  characters: (n: number) => `${grouped(n)} characters`,
  emptyFile: "the file is empty",
  fieldTooLong: (limit: string) => `a field longer than ${limit}, the most net reads in one cell (is this the right file?)`,
  rowTooLong: (limit: string) => `a row longer than ${limit}, the most net reads in one row (is this the right file?)`,
  quoteNeverCloses: "a quoted field opened here never closes (is the file cut short?)",
  noGoogleHeader: "no Google Contacts header (First Name,…,Labels or Name,Given Name,…) in the first lines",
  noLinkedInHeader: "no LinkedIn header (First Name, Last Name, …, Connected On) in the first lines",
  utf16WithoutBom: (encoding: string) => `this looks like ${encoding} text without a byte-order mark, which can't be told from binary data`,
  utf16WithoutBomHint: (encoding: string) =>
    `convert it to UTF-8 first, e.g. iconv -f ${encoding} -t UTF-8 <file> > converted.csv (or save it again as UTF-8)`,
  binary: "binary data, not a text export",
  notUtf8: "bytes that are not UTF-8 text (wrong encoding?)",
  propertyTooLong: (limit: string) => `a property longer than ${limit}, the most net reads in one (is this the right file?)`,
  expectedProperty: (shown: string) => `expected a vCard property like NAME:value, found "${shown}"`,
  cardWithoutEnd: (line: number) => `the card that starts on line ${line} has no END:VCARD before the next card (is the file cut short?)`,
  endWithoutBegin: "END:VCARD without a BEGIN:VCARD before it",
  expectedBegin: "expected BEGIN:VCARD",
  cardNeverEnds: "this card never ends: END:VCARD is missing (is the file cut short?)",
  unknownCharset: (charset: string) => `unknown CHARSET=${charset}`,
  cardUnreadable: (message: string) => `this card can't be read: ${message}`,
  notValidJson: (reason: string) => `not valid JSON (${reason})`,
  notNetExport: 'not a net export (no "format": "net")',
  newerExport: (p: { version: string; known: number }) =>
    `written by a newer net (export version ${p.version}; this net reads up to ${p.known})`,
  settingsNotObject: '"settings" should be an object',
  notAList: (key: string) => `"${key}" should be a list`,
  recordNotObject: (p: { key: string; index: number }) => `${p.key}[${p.index}] is not an object`,
  fieldInvalid: (p: { key: string; index: number; field: string; value: string | null }) =>
    `${p.key}[${p.index}].${p.field} is missing or not valid (${p.value ?? "missing"})`,
  settingIs: (p: { what: string; problem: string }) => `settings.${p.what} is ${p.problem}`,
  notAnObject: "not an object",
  unknownRule: "a rule this net doesn't have",
  notForRule: "not something net keeps for a rule",
  notTrueOrFalse: "not true or false",
  unknownParam: (rule: string) => `a parameter ${rule} doesn't have`,
  unknownGoal: "not a goal net has",
  notAListOf: (list: string) => `not a list of ${list}`,
  longerThan: (limit: string) => `longer than ${limit}`,
  withValue: (p: { problem: string; value: string }) => `${p.problem} (${p.value})`,
  notADay: (value: string) => `not a day (${value})`,

  // -- the calendar export (src/formats/ics.ts): what a person reads in their calendar app
  calendarName: "net: small gestures",
  calendarWhy: (why: string) => `Why: ${why}`,
  calendarDueSince: (day: string) => `Due since ${day}.`,
};
