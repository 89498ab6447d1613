import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './schema';

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
    const columns = getMetadataArgsStorage().columns.filter((column) => ENTITIES.includes(column.target as never));
    const names = columns.map((column) => column.options.name ?? column.propertyName);
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
