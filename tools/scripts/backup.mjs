#!/usr/bin/env node
// `npm run backup -- …`: runs the backup command of the API as built. A running Assay serves from
// that same build, so the backup is taken by the code that wrote the data, and the build is not
// redone under the running process (a rebuild starts by removing dist/apps/api). Only when there
// is no build yet is the API built first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nxEnv } from './nx-env.mjs';

const COMMAND = 'dist/apps/api/apps/api/src/backup.js';

if (!existsSync(COMMAND)) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
    stdio: 'inherit',
    env: nxEnv,
  });
  if (build.status !== 0) {
    console.error('\nThe build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}
const backup = spawnSync(process.execPath, [COMMAND, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(backup.status ?? 1);
