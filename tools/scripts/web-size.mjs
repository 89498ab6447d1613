#!/usr/bin/env node
// The web app's initial JavaScript: the scripts that index.html loads or preloads, which a browser
// downloads before the first page renders, gzipped (zlib's default level, as a web server sends
// them). Lazily loaded pages are not counted. Run after the web build; fails above the limit, so a
// change that pulls a feature's code into the start shows up here rather than in the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.WEB_DIST ?? 'dist/apps/web/browser';
const LIMIT_KB = 250;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const scripts = [
  ...new Set([...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"[^>]*>/g)].map((match) => match[1])),
];
if (scripts.length === 0) {
  console.error(`No scripts found in ${join(DIST, 'index.html')}: build the web app first.`);
  process.exit(1);
}

let raw = 0;
let gzipped = 0;
for (const script of scripts) {
  const bytes = readFileSync(join(DIST, script));
  raw += bytes.length;
  gzipped += gzipSync(bytes).length;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(
  `Initial JavaScript: ${scripts.length} files, ${kb(raw)} KB, ${kb(gzipped)} KB gzipped (limit ${LIMIT_KB} KB).`,
);
if (gzipped > LIMIT_KB * 1024) {
  console.error(
    'Too much JavaScript before the first page: load the page that brought it in lazily, or import from a narrower ' +
      'entry point (see @assay/web/core/app).',
  );
  process.exit(1);
}
