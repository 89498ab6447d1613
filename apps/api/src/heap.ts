import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the JavaScript heap grow past what a full collection found alive, in per cent.
 * Left to itself V8 grows it up to fourfold while collecting is cheap, so that under load an API
 * process that keeps about 90 MB alive held 400–550 MB resident. At 50 % it stayed near 220 MB in
 * `npm run bench:api`, with no ceiling that a large import could hit: the heap still grows as far
 * as what is alive needs. A `--heap-growing-percent` or `--max-old-space-size` given to node wins.
 */
const HEAP_GROWING_PERCENT = 50;

if (!process.execArgv.some((arg) => /^--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/.test(arg))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
