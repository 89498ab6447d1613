import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.factory';
import { queryPrepared } from './prepared';

describe('queryPrepared', () => {
  let pglite: PGlite;
  let dataSource: DataSource;

  beforeAll(async () => {
    pglite = await PGlite.create();
    dataSource = new DataSource({ ...dataSourceOptions({ pglite }), logging: false });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE shelf (id int PRIMARY KEY, title text NOT NULL)');
    await dataSource.query(`INSERT INTO shelf VALUES (1, 'Cataloguing rules'), (2, 'Circulation')`);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await pglite.close();
  });

  const prepared = () => dataSource.query<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements');

  it('has the connection prepare a statement the first time and run it by name after that', async () => {
    const text = 'SELECT s.title FROM shelf s WHERE s.id = $1';
    expect(await queryPrepared(dataSource, text, [1])).toEqual([{ title: 'Cataloguing rules' }]);
    expect(await queryPrepared(dataSource, text, [2])).toEqual([{ title: 'Circulation' }]);
    expect((await prepared()).filter((row) => row.statement === text)).toHaveLength(1);
  });

  it("runs inside a transaction on the transaction's own connection, seeing what it has not committed", async () => {
    // The embedded database has one connection: a read from the pool would wait for the transaction forever.
    const seen = await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO shelf VALUES (3, 'Serials')`);
      return queryPrepared<{ count: number }>(manager, 'SELECT count(*)::int AS count FROM shelf s', []);
    });
    expect(seen).toEqual([{ count: 3 }]);
  });

  it('answers as db.query does from a source it cannot prepare on', async () => {
    const asked: unknown[] = [];
    const fake = { query: async (sql: string, values: unknown[]) => (asked.push([sql, values]), [{ one: 1 }]) };
    expect(await queryPrepared(fake as unknown as DataSource, 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
    expect(asked).toEqual([['SELECT 1 AS one', []]]);
  });
});
