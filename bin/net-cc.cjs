const { join } = require("node:path");
const fs = require("node:fs");
const vm = require("node:vm");
const Module = require("node:module");
const file = join(__dirname, "..", "dist", "net.cjs");
const source = fs.readFileSync(file, "latin1");
let cachedData;
try { cachedData = fs.readFileSync(file + ".cache"); } catch {}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
if (process.env.CC_DEBUG) process.stderr.write(`cache rejected: ${script.cachedDataRejected}\n`);
if (process.env.CC_WRITE) process.on("exit", () => fs.writeFileSync(file + ".cache", script.createCachedData()));
const mod = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, join(__dirname, "..", "dist"));
