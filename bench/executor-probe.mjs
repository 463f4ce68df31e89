// Preloaded (`node --import`) into the processes of an `nx run`: in the one that loads Baton's phase
// executor, writes to BATON_PROBE_OUT when Nx required it, called it, the phase read its handoffs
// (its first own step) and the run ended, with how many modules had loaded by each.
import fs from 'node:fs';
import Module from 'node:module';
import { performance } from 'node:perf_hooks';

const out = process.env.BATON_PROBE_OUT;
const executor = /[\\/]@baton[\\/]nx[\\/]dist[\\/]executors[\\/]phase[\\/]executor\.js$/;
const marks = {};
const mark = (name) => {
  // Module._cache holds every CommonJS module, required or imported.
  marks[name] ??= { ms: performance.now(), modules: Object.keys(Module._cache).length };
};

const load = Module._load;
Module._load = function (request, parent, isMain, ...rest) {
  let filename;
  try {
    filename = Module._resolveFilename(request, parent, isMain);
  } catch {
    return load.call(this, request, parent, isMain, ...rest);
  }
  const probed = executor.test(filename) && !marks.required;
  if (probed) mark('required');
  const exports = load.call(this, request, parent, isMain, ...rest);
  if (probed) {
    const call = exports.default;
    exports.default = (...args) => {
      mark('called');
      return call(...args);
    };
  }
  return exports;
};

const readdirSync = fs.readdirSync;
fs.readdirSync = function (path, ...rest) {
  if (marks.called && /[\\/]handoffs$/.test(String(path))) mark('phase');
  return readdirSync.call(this, path, ...rest);
};

process.on('exit', () => {
  if (!out || !marks.required) return;
  mark('exit');
  fs.appendFileSync(out, `${JSON.stringify(marks)}\n`);
});
