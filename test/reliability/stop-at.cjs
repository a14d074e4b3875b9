// Loaded into a real `net` process with NODE_OPTIONS=--require by crash.test.ts: stops the process
// at one chosen SQLite write, so the test kills it exactly there, whatever the machine's speed
// (a kill after a delay lands at a different moment on a fast or a busy machine, or after the end).
//
//   NET_TEST_STOP_AT=trace      writes every write statement run to stderr: "run <n> <sql>"
//   NET_TEST_STOP_AT=<n>        stops just before the n-th write statement runs (counted from 1)
//   NET_TEST_STOP_AT=committed  stops just after the first COMMIT has run
//
// A write statement is any Statement#run of better-sqlite3 (BEGIN, INSERT, UPDATE, COMMIT, …), the
// way net runs all its writes; reads (get, all, iterate) are not counted. Stopping prints
// "stopped <where>" on stderr, then waits, doing nothing, until the process is killed.
const Module = require("node:module");
const { writeSync } = require("node:fs");

const at = process.env.NET_TEST_STOP_AT;
const loadAddon = Module._extensions[".node"];

Module._extensions[".node"] = (module, filename) => {
  loadAddon(module, filename);
  if (at && /better_sqlite3\.node$/.test(filename)) watch(module.exports.Statement.prototype);
};

function watch(statement) {
  const run = statement.run;
  let count = 0;
  statement.run = function (...args) {
    count++;
    const sql = this.source.replace(/\s+/g, " ").slice(0, 60);
    if (at === "trace") writeSync(2, `run ${count} ${sql}\n`);
    if (at === String(count)) stop(`before run ${count}: ${sql}`);
    const result = run.apply(this, args);
    if (at === "committed" && /^COMMIT\b/i.test(sql)) stop(`after run ${count}: ${sql}`);
    return result;
  };
}

function stop(where) {
  writeSync(2, `stopped ${where}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0, 1000);
}
