// Times tf.metrics.* (TF.js, CPU backend) on the data file written by
//   dotnet run -c Release --project bench/Metrics.Benchmarks -- --write-data bench/results/data-1m.bin
// and writes the medians to a JSON file that the .NET report quotes beside its own times on the same values.
// Usage: node bench.js ../results/data-1m.bin ../results/tfjs.json [runs]
'use strict';
const fs = require('fs');
const tf = require('@tensorflow/tfjs');

async function main() {
  const [input, output, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg || 20);
  await tf.setBackend('cpu');
  await tf.ready();

  const buffer = fs.readFileSync(input);
  const n = buffer.readInt32LE(0);
  const column = (k) => new Float32Array(buffer.buffer.slice(buffer.byteOffset + 4 + k * n * 4, buffer.byteOffset + 4 + (k + 1) * n * 4));
  const labels = tf.tensor1d(column(0));
  const predictions = tf.tensor1d(column(1));
  const classes = tf.tensor1d(column(2));
  const scores = tf.tensor1d(column(3));

  // precision and recall take 0/1 predictions (no threshold), so the thresholding a user must do is timed with them.
  const cases = {
    meanSquaredError: () => tf.metrics.meanSquaredError(labels, predictions),
    meanAbsoluteError: () => tf.metrics.meanAbsoluteError(labels, predictions),
    binaryAccuracy: () => tf.metrics.binaryAccuracy(classes, scores),
    precision: () => tf.tidy(() => tf.metrics.precision(classes, tf.cast(tf.greater(scores, 0.5), 'float32'))),
    recall: () => tf.tidy(() => tf.metrics.recall(classes, tf.cast(tf.greater(scores, 0.5), 'float32'))),
  };

  const results = {};
  for (const [name, run] of Object.entries(cases)) {
    const times = [];
    let value = NaN;
    for (let i = 0; i < runs + 3; i++) {
      const start = process.hrtime.bigint();
      const t = run();
      value = t.dataSync()[0]; // forces the computation
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      t.dispose();
      if (i >= 3) times.push(ms); // the first three runs are warm-up
    }
    times.sort((a, b) => a - b);
    results[name] = { medianMs: times[Math.floor(times.length / 2)], minMs: times[0], value };
    console.log(`${name}: median ${results[name].medianMs.toFixed(2)} ms, min ${times[0].toFixed(2)} ms, value ${value}`);
  }

  fs.writeFileSync(output, JSON.stringify({ n, backend: tf.getBackend(), tfjs: tf.version.tfjs, node: process.version, runs, results }, null, 2));
}

main().catch((e) => { console.error(e); process.exit(1); });
