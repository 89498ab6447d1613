/**
 * Jest settings for specs that open an embedded PGlite database. PGlite's CommonJS build loads
 * Node's own modules through `import("…")`, which Jest's CommonJS sandbox refuses unless Node runs
 * with --experimental-vm-modules; this turns those calls into `require`, for PGlite's files only.
 */
const pglite = '@electric-sql/pglite/dist/.+\\.cjs$';

module.exports = {
  transform: { [pglite]: require.resolve('./jest.pglite-transform.cjs') },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
};
