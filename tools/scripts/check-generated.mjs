#!/usr/bin/env node
// Fails when the committed GraphQL client types differ from what codegen makes of the current
// schema and operations (codegen's own --check compares before formatting, so it cannot be used).
// Leaves the committed file as it was.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'libs/web/core/src/lib/graphql/generated.ts';
const committed = readFileSync(FILE, 'utf8');
const result = spawnSync('npx', ['graphql-codegen', '--config', 'tools/codegen/codegen.ts', '--silent'], {
  stdio: 'inherit',
});
if (result.status !== 0) {
  writeFileSync(FILE, committed);
  process.exit(result.status ?? 1);
}
const fresh = readFileSync(FILE, 'utf8');
writeFileSync(FILE, committed);
if (fresh !== committed) {
  console.error(
    `${FILE} is out of date with the schema or the .graphql operations: run \`npm run codegen\` and commit the result.`,
  );
  process.exit(1);
}
console.log('Generated GraphQL types are current.');
