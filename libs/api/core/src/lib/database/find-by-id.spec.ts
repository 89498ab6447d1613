import { ENTITIES, UserEntity, VendorEntity } from '@assay/api/data';
import { DataSource } from 'typeorm';
import { findById } from './find-by-id';

/** A data source with Assay's entities, never connected: `query` answers what a test gives it. */
async function entitiesOnly(rows: Record<string, unknown>[]) {
  const dataSource = new DataSource({ type: 'postgres', entities: [...ENTITIES] });
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const asked: { sql: string; parameters: unknown[] }[] = [];
  Object.assign(dataSource, {
    query: async (sql: string, parameters: unknown[]) => (asked.push({ sql, parameters }), rows),
  });
  return { dataSource, asked };
}

describe('findById', () => {
  it('asks for every column of the row by its key, and makes the entity as find does', async () => {
    const createdAt = new Date('2026-11-02T09:30:00Z');
    const row = {
      id: '7875e8e1-3816-4155-b4f9-abb36110ea14',
      email: 'ada@example.test',
      display_name: 'Ada',
      password_hash: 'hash',
      global_role: 'ADMIN',
      member_library_id: null,
      department_id: null,
      active: true,
      must_change_password: false,
      token_version: 2,
      is_demo: false,
      last_login_at: null,
      created_at: createdAt,
      updated_at: createdAt,
      version: 4,
    };
    const { dataSource, asked } = await entitiesOnly([row]);
    const user = await findById(dataSource, UserEntity, row.id);
    expect(user).toBeInstanceOf(UserEntity);
    expect(user).toMatchObject({
      id: row.id,
      email: 'ada@example.test',
      displayName: 'Ada',
      globalRole: 'ADMIN',
      active: true,
      mustChangePassword: false,
      tokenVersion: 2,
      lastLoginAt: null,
      createdAt,
      version: 4,
    });
    expect(asked).toHaveLength(1);
    expect(asked[0].parameters).toEqual([row.id]);
    expect(asked[0].sql).toMatch(/^SELECT .*"display_name".* FROM "app_user" WHERE "id" = \$1$/);
    const columns = dataSource.getMetadata(UserEntity).columns.map((c) => `"${c.databaseName}"`);
    for (const column of columns) expect(asked[0].sql).toContain(column);
  });

  it('finds nothing when there is no such row, and reuses the statement it made', async () => {
    const { dataSource, asked } = await entitiesOnly([]);
    expect(await findById(dataSource, VendorEntity, 'a950b0bb-0b1d-480d-b81c-2feec2c30857')).toBeNull();
    expect(await findById(dataSource.manager, VendorEntity, 'a950b0bb-0b1d-480d-b81c-2feec2c30858')).toBeNull();
    expect(asked[0].sql).toBe(asked[1].sql);
    expect(asked[0].sql).toContain('FROM "vendor"');
  });
});
