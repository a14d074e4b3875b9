// Loaded into a real `net` process with NODE_OPTIONS=--require: pauses it just after the first
// read statement (Statement#all, #get or #iterate) whose SQL contains NET_TEST_PAUSE_AFTER, prints
// "paused" on stderr, and waits until the file NET_TEST_RESUME exists. A test then does something
// from another process at that exact moment (e.g. while an import is planning), whatever the
// machine's speed, and lets the process go on (or kills it).
const Module = require("node:module");
const { existsSync, writeSync } = require("node:fs");

const text = process.env.NET_TEST_PAUSE_AFTER;
const resume = process.env.NET_TEST_RESUME;
const loadAddon = Module._extensions[".node"];
let paused = false;

Module._extensions[".node"] = (module, filename) => {
  loadAddon(module, filename);
  if (text && /better_sqlite3\.node$/.test(filename))
    for (const name of ["all", "get", "iterate"]) watch(module.exports.Statement.prototype, name);
};

function watch(prototype, name) {
  const original = prototype[name];
  prototype[name] = function (...args) {
    const result = original.apply(this, args);
    if (!paused && this.source.includes(text)) {
      paused = true;
      writeSync(2, "paused\n");
      const cell = new Int32Array(new SharedArrayBuffer(4));
      while (!resume || !existsSync(resume)) Atomics.wait(cell, 0, 0, 20);
    }
    return result;
  };
}
