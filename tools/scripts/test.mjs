#!/usr/bin/env node
// `npm test`: every check, in order — lint, unit tests of every project, the build, the web app's
// initial JavaScript against its limit, the GraphQL schema and generated client types being current,
// the API end-to-end suite (against PGlite, or the PostgreSQL server in DATABASE_URL), then the
// browser suite.
// Stops at the first failing stage and exits non-zero.
import { spawnSync } from 'node:child_process';
import { nxEnv } from './nx-env.mjs';

const stages = [
  ['lint', 'npm', ['run', 'lint', '--silent']],
  ['unit tests', 'npx', ['nx', 'run-many', '-t', 'test', '--output-style=static']],
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static']],
  ['web size', 'node', ['tools/scripts/web-size.mjs']],
  ['schema check', 'npm', ['run', 'codegen:check', '--silent']],
  ['API end-to-end tests', 'npx', ['jest', '-c', 'test/api/jest.config.cjs', '--runInBand']],
  ['browser tests', 'npx', ['jest', '-c', 'test/web/jest.config.cjs', '--runInBand']],
];

const only = process.argv.slice(2);
for (const [name, command, args] of stages) {
  if (only.length > 0 && !only.some((prefix) => name.startsWith(prefix))) continue;
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: nxEnv });
  if (result.status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(only.length > 0 ? `\nDone: ${only.join(', ')}.` : '\nAll tests passed.');
