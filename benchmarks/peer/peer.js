// The peer half of the comparison: Microsoft Recognizers-Text, Chinese culture, number,
// percentage, currency and dimension models, over every line of the given UTF-8 files
// (exactly what zhibiao_scan_bench --mode lines does with scan_quantities).
//
//   node peer.js [--min-time SECONDS] FILE...
//
// Files are read and split before timing. A warm-up on the first file (JIT, model
// construction), then whole passes until --min-time (at least one); the fastest is
// reported. Time is the process's CPU time (JIT and GC threads included), as in
// zhibiao_scan_bench; wall time is printed too. Last line, for scripts:
//   RESULT impl=recognizers-text docs=... bytes=... entities=... seconds=... docs_per_s=...
'use strict';
const fs = require('fs');
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');

let minTime = 3;
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
  if (argv[i] === '--min-time') minTime = Number(argv[++i]);
  else files.push(argv[i]);
}
if (files.length === 0) {
  console.error('usage: node peer.js [--min-time S] FILE...');
  process.exit(2);
}

const number = new NumberRecognizer(Culture.Chinese);
const withUnit = new NumberWithUnitRecognizer(Culture.Chinese);
const models = [
  number.getNumberModel(),
  number.getPercentageModel(),
  withUnit.getCurrencyModel(),
  withUnit.getDimensionModel(),
];

let bytes = 0;
const docs = files.map((f) => {
  const buf = fs.readFileSync(f);
  bytes += buf.length;
  return buf.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);
});

const names = models.map((m) => m.modelTypeName);
// One pass over `set`; adds each model's time to `perModel` (seconds).
function pass(set, perModel) {
  let entities = 0;
  for (const lines of set) {
    for (const line of lines) {
      for (let k = 0; k < models.length; ++k) {
        const t0 = process.hrtime.bigint();
        entities += models[k].parse(line).length;
        perModel[k] += Number(process.hrtime.bigint() - t0) / 1e9;
      }
    }
  }
  return entities;
}

// Warm-up on the first document (JIT, lazily built regexes); a full pass takes minutes.
pass([docs[0]], models.map(() => 0));
let best = Infinity;
let bestPerModel = null;
let bestWall = 0;
let total = 0;
let passes = 0;
let entities = -1;
while (total < minTime || passes < 1) {
  const perModel = models.map(() => 0);
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const e = pass(docs, perModel);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;  // CPU seconds of the process (JIT and GC threads included)
  if (entities >= 0 && e !== entities) {
    console.error(`nondeterministic: ${e} vs ${entities} entities`);
    process.exit(1);
  }
  entities = e;
  if (s < best) {
    best = s;
    bestWall = wall;
    bestPerModel = perModel;
  }
  total += s;
  ++passes;
}
const docsPerS = docs.length / best;
console.log(`recognizers-text (number+percentage+currency+dimension, zh-cn): ${docs.length} documents, ${bytes} bytes, ` +
            `${entities} entities; best of ${passes} pass(es) ${best.toFixed(3)} s CPU (${bestWall.toFixed(3)} s wall): ${docsPerS.toFixed(2)} documents/s, ` +
            `${(bytes / best / 1e6).toFixed(3)} MB/s`);
console.log('  per model (s, wall): ' + names.map((n, k) => `${n} ${bestPerModel[k].toFixed(2)}`).join(', '));
console.log(`RESULT impl=recognizers-text docs=${docs.length} bytes=${bytes} entities=${entities} seconds=${best.toFixed(6)} docs_per_s=${docsPerS.toFixed(3)}`);
