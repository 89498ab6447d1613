#!/usr/bin/env node
// Fails when the committed GraphQL client types differ from what codegen makes of the current
// schema and operations (codegen's own --check compares before formatting, so it cannot be used):
// a generated file that is stale, one that is missing (a new .graphql file never generated) and one
// left over (its .graphql file renamed or deleted) are all named. Leaves the working tree as it was.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'libs/web';
const GENERATED = /\.generated\.ts$/;

/** Every generated file under libs/web, with its content. */
function snapshot() {
  const files = new Map();
  for (const entry of readdirSync(ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !GENERATED.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.split('/').includes('node_modules')) continue;
    files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

function restore(committed, fresh) {
  for (const path of fresh.keys()) if (!committed.has(path)) rmSync(path);
  for (const [path, text] of committed) writeFileSync(path, text);
}

const committed = snapshot();
// Generate into a tree without the committed files, so that one codegen no longer writes shows up.
for (const path of committed.keys()) rmSync(path);
const result = spawnSync('npx', ['graphql-codegen', '--config', 'tools/codegen/codegen.ts', '--silent'], {
  stdio: 'inherit',
});
const fresh = snapshot();
restore(committed, fresh);
if (result.status !== 0) process.exit(result.status ?? 1);

const problems = [];
for (const [path, text] of fresh) {
  if (!committed.has(path)) problems.push(`${path} is missing`);
  else if (committed.get(path) !== text) problems.push(`${path} is out of date`);
}
for (const path of committed.keys()) {
  if (!fresh.has(path)) problems.push(`${path} is no longer generated (its .graphql file is gone)`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    'The generated GraphQL types differ from the schema and the .graphql operations: run `npm run codegen` and commit the result.',
  );
  process.exit(1);
}
console.log(`Generated GraphQL types are current (${fresh.size} files).`);
