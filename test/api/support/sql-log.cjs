/**
 * Preloaded into the API process by tests that count SQL statements (`startServer({ sqlLog: true })`):
 * appends every statement TypeORM sends, and every prepared one (queryPrepared, which goes to
 * node-postgres itself), one per line, to the file named by E2E_SQL_LOG.
 * Written synchronously, so a statement is in the file before the response that needed it is sent.
 */
const { appendFileSync } = require('node:fs');
const { PostgresQueryRunner } = require('typeorm/driver/postgres/PostgresQueryRunner');

const file = process.env.E2E_SQL_LOG;
if (file) {
  const query = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = function (sql, ...rest) {
    appendFileSync(file, `${String(sql).replace(/\s+/g, ' ')}\n`);
    return query.call(this, sql, ...rest);
  };
  const { Client } = require('pg');
  const clientQuery = Client.prototype.query;
  Client.prototype.query = function (config, ...rest) {
    if (config && typeof config === 'object' && config.name) {
      appendFileSync(file, `${String(config.text).replace(/\s+/g, ' ')}\n`);
    }
    return clientQuery.call(this, config, ...rest);
  };
}
