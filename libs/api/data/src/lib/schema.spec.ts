import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage, QueryRunner } from 'typeorm';
import { ColumnMetadataArgs } from 'typeorm/metadata-args/ColumnMetadataArgs';
import { ENTITIES, MIGRATIONS } from './schema';

/** Every column of every listed entity: its own, and those it inherits from an abstract base class. */
function mappedColumns(): { table: string; column: ColumnMetadataArgs }[] {
  const storage = getMetadataArgsStorage();
  return storage.tables
    .filter((table) => ENTITIES.includes(table.target as never))
    .flatMap((table) => {
      const entity = table.target as new () => unknown;
      const inherits = (target: ColumnMetadataArgs['target']) =>
        target === entity || (typeof target === 'function' && entity.prototype instanceof target);
      return storage.columns
        .filter((column) => inherits(column.target))
        .map((column) => ({ table: String(table.name), column }));
    });
}

describe('the schema listing', () => {
  it('lists every entity class once, and every @Entity is listed', () => {
    expect(new Set(ENTITIES).size).toBe(ENTITIES.length);
    const declared = getMetadataArgsStorage().tables.map((table) => table.target);
    expect(declared.filter((target) => !ENTITIES.includes(target as never))).toEqual([]);
  });

  it('maps every entity to a snake_case table', () => {
    const tables = getMetadataArgsStorage().tables.filter((table) => ENTITIES.includes(table.target as never));
    expect(tables).toHaveLength(ENTITIES.length);
    for (const table of tables) expect(table.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('maps every column to a snake_case name', () => {
    const names = mappedColumns().map(({ column }) => column.options.name ?? column.propertyName);
    expect(names.filter((name) => !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name))).toEqual([]);
  });

  it('lists migrations once each, named after their 13-digit timestamp, in order', () => {
    const names = MIGRATIONS.map((migration) => new migration().name ?? migration.name);
    expect(new Set(names).size).toBe(names.length);
    const stamps = names.map((name) => {
      const match = /^[A-Z][A-Za-z]+(\d{13})$/.exec(name);
      expect(match).not.toBeNull();
      return Number(match![1]);
    });
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });
});

describe('the migrations against the entities (PGlite)', () => {
  /** The statements a migration step runs; migrations here only ever call `query`. */
  async function statementsOf(step: (runner: QueryRunner) => Promise<void>): Promise<string[]> {
    const statements: string[] = [];
    const runner = new Proxy(
      { query: async (sql: string) => void statements.push(sql) },
      {
        get: (target, key) =>
          key in target
            ? target[key as keyof typeof target]
            : () => Promise.reject(new Error(`migrations here use query() only, not ${String(key)}()`)),
      },
    );
    await step(runner as unknown as QueryRunner);
    return statements;
  }

  interface DatabaseColumn {
    table: string;
    column: string;
    type: string;
    nullable: boolean;
  }

  /**
   * Runs every migration up, reads the columns, then every migration down, in a plain node
   * process: PGlite loads its WASM through a dynamic import that Jest's CommonJS sandbox cannot do.
   */
  async function migrateInPGlite(): Promise<{ columns: DatabaseColumn[]; left: string[] }> {
    const migrations = MIGRATIONS.map((migration) => new migration());
    const up: string[] = [];
    for (const migration of migrations) up.push(...(await statementsOf((runner) => migration.up(runner))));
    const down: string[] = [];
    for (const migration of [...migrations].reverse())
      down.push(...(await statementsOf((runner) => migration.down(runner))));
    const script = `
      const { PGlite } = require(process.argv[1]);
      const tables = "SELECT table_name AS table, column_name AS column, udt_name AS type, is_nullable = 'YES' AS nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2";
      let input = '';
      process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
        const { up, down } = JSON.parse(input);
        const db = await PGlite.create();
        for (const sql of up) await db.exec(sql);
        const columns = (await db.query(tables)).rows;
        for (const sql of down) await db.exec(sql);
        const left = [...new Set((await db.query(tables)).rows.map((row) => row.table))];
        await db.close();
        process.stdout.write(JSON.stringify({ columns, left }));
      });`;
    const child = spawnSync(process.execPath, ['-e', script, require.resolve('@electric-sql/pglite')], {
      input: JSON.stringify({ up, down }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (child.status !== 0) throw new Error(`PGlite run failed (${child.status ?? child.signal}): ${child.stderr}`);
    return JSON.parse(child.stdout) as { columns: DatabaseColumn[]; left: string[] };
  }

  /** TypeORM column types as PostgreSQL names them (information_schema udt_name). */
  const UDT: Record<string, string> = {
    integer: 'int4',
    int: 'int4',
    smallint: 'int2',
    bigint: 'int8',
    boolean: 'bool',
    'timestamp with time zone': 'timestamptz',
  };

  /** Every mapped column: table, column name, PostgreSQL type, nullability, as the entities declare them. */
  function entityColumns(): DatabaseColumn[] {
    return mappedColumns().map(({ table, column }) => {
      const declared = String(column.options.type ?? (column.mode === 'version' ? 'integer' : 'unknown'));
      const type = UDT[declared] ?? declared;
      return {
        table,
        column: column.options.name ?? column.propertyName,
        type: column.options.array ? `_${type}` : type,
        nullable: column.options.nullable ?? false,
      };
    });
  }

  let database: { columns: DatabaseColumn[]; left: string[] };
  beforeAll(async () => {
    database = await migrateInPGlite();
  }, 180_000);

  it('create exactly the tables the entities name', () => {
    const tables = [...new Set(database.columns.map((column) => column.table))].sort();
    const named = getMetadataArgsStorage()
      .tables.filter((table) => ENTITIES.includes(table.target as never))
      .map((table) => table.name);
    expect(tables).toEqual([...named].sort());
  });

  it('create every column an entity maps, with its type and nullability', () => {
    const found = new Map(database.columns.map((column) => [`${column.table}.${column.column}`, column]));
    const mismatches = entityColumns()
      .map((expected) => ({ entity: expected, database: found.get(`${expected.table}.${expected.column}`) }))
      .filter(({ entity, database }) => database?.type !== entity.type || database.nullable !== entity.nullable);
    expect(mismatches).toEqual([]);
  });

  it('leave nothing behind when reverted all the way down', () => {
    expect(database.left).toEqual([]);
  });
});

describe('the schema folders', () => {
  it('lists every migration file in MIGRATIONS, in file-name order, its class named <Name><timestamp>', () => {
    const files = readdirSync(join(__dirname, 'migrations'))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .sort();
    const expected = files.map((file) => {
      const [, stamp, name] = /^(\d{13})-([A-Z][A-Za-z0-9]*)\.ts$/.exec(file) ?? [
        file,
        'a file not named <timestamp>-',
        'PascalName.ts',
      ];
      return `${name}${stamp}`;
    });
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(expected);
    expect(MIGRATIONS.map((migration) => new migration().name)).toEqual(expected);
  });

  it('lists every @Entity class of the entities folder in ENTITIES', () => {
    // Load every entity file, listed or not, so that an unlisted entity registers itself too.
    const folder = join(__dirname, 'entities');
    const exported = readdirSync(folder)
      .filter((file) => file.endsWith('.entity.ts'))
      .flatMap((file) => Object.values(require(join(folder, file)) as Record<string, unknown>));
    const decorated = getMetadataArgsStorage().tables.map((table) => table.target);
    const entityClasses = exported.filter((value) => decorated.includes(value as never));
    expect(entityClasses.length).toBeGreaterThan(0);
    expect(
      entityClasses
        .filter((target) => !ENTITIES.includes(target as never))
        .map((target) => (target as { name: string }).name),
    ).toEqual([]);
  });
});
