#!/usr/bin/env node
// `npm start`: builds the API and the web app (cached by Nx when nothing changed), then serves
// the whole product on one port (default http://localhost:3000).
import { spawn, spawnSync } from 'node:child_process';
import { nxEnv } from './nx-env.mjs';

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'], {
  stdio: 'inherit',
  env: nxEnv,
});
if (build.status !== 0) {
  console.error('\nThe build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
