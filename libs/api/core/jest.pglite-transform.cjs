const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const self = readFileSync(__filename, 'utf8');

/**
 * Rewrites PGlite's `import("node-module")` calls to `require` (see jest.pglite.cjs). The module's
 * own `require` is kept under another name first: PGlite's Emscripten code declares a local `require`.
 */
module.exports = {
  getCacheKey: (source, path) => createHash('sha256').update(self).update(path).update(source).digest('hex'),
  process(source) {
    const code = source.replace(/\bimport\(("[a-z:/_]+")\)/g, 'Promise.resolve(jestPgliteRequire($1))');
    return { code: `const jestPgliteRequire = require;${code}` };
  },
};
