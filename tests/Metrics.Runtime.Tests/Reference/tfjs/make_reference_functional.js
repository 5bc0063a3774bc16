// Reference values for the functional (stateless) API: TF.js tf.metrics.* on the CPU backend, float32.
// Run once: npm install && node make_reference_functional.js > ../functional.json
// Inputs are written next to the outputs, so the tests read both from the JSON. (tf.metrics has no public
// sparseCategoricalCrossentropy in 4.x; that function is checked against the categorical one on one-hot labels.)
const tf = require('@tensorflow/tfjs');

let seed = 12345;
function random() {
  // Park-Miller LCG: deterministic across machines.
  seed = (seed * 16807) % 2147483647;
  return (seed - 1) / 2147483646;
}
const uniform = (n, lo, hi) => Array.from({ length: n }, () => lo + (hi - lo) * random());
const integers = (n, k) => Array.from({ length: n }, () => Math.floor(random() * k));
function oneHot(labels, k) {
  return labels.flatMap(l => Array.from({ length: k }, (_, j) => (j === l ? 1 : 0)));
}
function probabilityRows(rows, k) {
  const out = [];
  for (let r = 0; r < rows; r++) {
    const v = uniform(k, 0.01, 1);
    const s = v.reduce((a, b) => a + b, 0);
    out.push(...v.map(x => x / s));
  }
  return out;
}

const cases = [];
function add(fn, name, yTrue, trueShape, yPred, predShape) {
  const t = tf.tensor(yTrue, trueShape, 'float32');
  const p = tf.tensor(yPred, predShape, 'float32');
  const result = tf.metrics[fn](t, p);
  const expected = Array.from(result.dataSync());
  cases.push({ function: fn, name, yTrue, trueShape, yPred, predShape, expectedShape: result.shape, expected });
}

// Documented examples (peers.md §2.2, metrics_test.ts).
add('binaryAccuracy', 'doc 2-D', [1, 1, 1, 1, 0, 0, 0, 0], [2, 4], [1, 0, 1, 0, 0, 0, 0, 1], [2, 4]);
add('binaryAccuracy', 'test 1-D', [1, 1, 1, 1, 0, 0, 0, 0], [8], [0.2, 0.4, 0.6, 0.8, 0.2, 0.3, 0.4, 0.7], [8]);
add('binaryAccuracy', 'test 2-D thresholded', [1, 1, 1, 1, 0, 0, 0, 0], [4, 2], [0.2, 0.4, 0.6, 0.8, 0.2, 0.3, 0.4, 0.7], [4, 2]);
add('binaryAccuracy', 'exactly 0.5 is negative', [1, 0, 1], [3], [0.5, 0.5, 0.50001], [3]);
add('binaryCrossentropy', 'doc', [0, 1, 1, 1], [4, 1], [0, 0, 0.5, 1], [4, 1]);
add('binaryCrossentropy', 'test', [0, 0, 0, 1, 1, 1], [6, 1], [0, 0.5, 1, 0, 0.5, 1], [6, 1]);
add('sparseCategoricalAccuracy', 'doc', [1, 1, 2, 2, 0], [5], [0, 1, 0, 1, 0, 0, 0, 0.4, 0.6, 0, 0.6, 0.4, 0.7, 0.3, 0], [5, 3]);
add('categoricalAccuracy', 'doc', [0, 0, 0, 1, 0, 0, 0, 1], [2, 4], [0.1, 0.8, 0.05, 0.05, 0.1, 0.05, 0.05, 0.8], [2, 4]);
add('categoricalCrossentropy', 'doc', [0, 0, 0, 1, 0, 0, 0, 1], [2, 4], [0.1, 0.8, 0.05, 0.05, 0.1, 0.05, 0.05, 0.8], [2, 4]);
add('categoricalCrossentropy', 'doc 1-D', [0, 0, 0, 1], [4], [0.1, 0.8, 0.05, 0.05], [4]);
add('precision', 'test', [0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0], [4, 3], [0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0], [4, 3]);
add('precision', 'all-zero predictions', [0, 1, 1, 0], [4], [0, 0, 0, 0], [4]);
add('recall', 'test 1-D', [1, 0, 1, 0, 0, 0, 1], [7], [0, 0, 1, 1, 1, 1, 0], [7]);
add('recall', 'no positives', [0, 0, 0], [3], [1, 0, 1], [3]);
add('meanAbsoluteError', 'doc', [0, 1, 0, 0, 2, 3], [3, 2], [0, 1, 0, 1, -2, -3], [3, 2]);
add('meanAbsolutePercentageError', 'doc', [0, 1, 10, 20], [2, 2], [0, 1, 11, 24], [2, 2]);
add('meanSquaredError', 'doc', [0, 1, 3, 4], [2, 2], [0, 1, -3, -4], [2, 2]);
add('cosineProximity', 'doc', [1, 0, 1, 0], [2, 2], [0.7071, 0.7071, 0, 1], [2, 2]);
add('r2Score', 'doc (global)', [0, 1, 3, 4], [2, 2], [0, 1, -3, -4], [2, 2]);

// Random batches: 1-D and 2-D.
for (const [rows, k] of [[1, 5], [7, 3], [64, 10]]) {
  const n = rows * k;
  const labels = integers(rows, k);
  const probabilities = probabilityRows(rows, k);
  const binaryTrue = integers(n, 2);
  const scores = uniform(n, 0, 1);
  const targets = uniform(n, -5, 5);
  const predictions = targets.map(t => t + uniform(1, -1, 1)[0]);
  const shape = [rows, k];
  add('binaryAccuracy', `random ${rows}x${k}`, binaryTrue, shape, scores, shape);
  add('binaryCrossentropy', `random ${rows}x${k}`, binaryTrue, shape, scores, shape);
  add('categoricalAccuracy', `random ${rows}x${k}`, oneHot(labels, k), shape, probabilities, shape);
  add('sparseCategoricalAccuracy', `random ${rows}x${k}`, labels, [rows], probabilities, shape);
  add('categoricalCrossentropy', `random ${rows}x${k}`, oneHot(labels, k), shape, probabilities, shape);
  add('precision', `random ${rows}x${k}`, binaryTrue, shape, scores.map(s => (s > 0.5 ? 1 : 0)), shape);
  add('recall', `random ${rows}x${k}`, binaryTrue, shape, scores.map(s => (s > 0.5 ? 1 : 0)), shape);
  add('meanAbsoluteError', `random ${rows}x${k}`, targets, shape, predictions, shape);
  add('meanSquaredError', `random ${rows}x${k}`, targets, shape, predictions, shape);
  add('meanAbsolutePercentageError', `random ${rows}x${k}`, targets, shape, predictions, shape);
  add('cosineProximity', `random ${rows}x${k}`, targets, shape, predictions, shape);
  add('r2Score', `random ${rows}x${k}`, targets, shape, predictions, shape);
  add('meanSquaredError', `random 1-D ${n}`, targets, [n], predictions, [n]);
}

process.stdout.write(JSON.stringify({ versions: { tfjs: tf.version.tfjs, node: process.version, backend: tf.getBackend() }, cases }, null, 1) + '\n');
