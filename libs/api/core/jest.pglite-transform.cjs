const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const self = readFileSync(__filename, 'utf8');

/**
 * A Jest transform for PGlite's CommonJS files, so that specs can open the embedded database
 * in-process (libs/api/core/src/testing.ts). PGlite loads Node's own modules through
 * `import("…")`, which Jest's CommonJS sandbox refuses unless Node runs with
 * --experimental-vm-modules; this turns those calls into `require`. The module's `require` is kept
 * under another name first, because PGlite's Emscripten code declares a local `require` of its own.
 * Use it in a jest.config.cjs with:
 *   transform: { '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/../core/jest.pglite-transform.cjs' },
 *   transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
 */
module.exports = {
  getCacheKey: (source, path) => createHash('sha256').update(self).update(path).update(source).digest('hex'),
  process(source) {
    const code = source.replace(/\bimport\(("[a-z:/_]+")\)/g, 'Promise.resolve(jestPgliteRequire($1))');
    return { code: `const jestPgliteRequire = require;${code}` };
  },
};
