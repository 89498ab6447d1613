import { AuditEventEntity } from '@assay/api/data';
import { EntityManager } from 'typeorm';
import { AuditService } from './audit.service';

interface Vendor {
  name: string;
  website: string | null;
  tags: string[];
  archivedAt: Date | null;
  version: number;
}

const vendor = (overrides: Partial<Vendor> = {}): Vendor => ({
  name: 'Ex Libris',
  website: null,
  tags: ['ils'],
  archivedAt: null,
  version: 1,
  ...overrides,
});
const FIELDS: (keyof Vendor)[] = ['name', 'website', 'tags', 'archivedAt'];

describe('AuditService.diff', () => {
  const sut = new AuditService();

  it.each([
    ['nothing changed', vendor(), vendor(), {}, {}],
    ['one field', vendor(), vendor({ name: 'Clarivate' }), { name: 'Ex Libris' }, { name: 'Clarivate' }],
    [
      'null to a value',
      vendor(),
      vendor({ website: 'https://x.test' }),
      { website: null },
      { website: 'https://x.test' },
    ],
    [
      'a value to null',
      vendor({ website: 'https://x.test' }),
      vendor(),
      { website: 'https://x.test' },
      { website: null },
    ],
    ['an equal array is not a change', vendor({ tags: ['ils', 'saas'] }), vendor({ tags: ['ils', 'saas'] }), {}, {}],
    [
      'an array that changed',
      vendor({ tags: ['ils'] }),
      vendor({ tags: ['ils', 'saas'] }),
      { tags: ['ils'] },
      { tags: ['ils', 'saas'] },
    ],
    [
      'an equal date is not a change',
      vendor({ archivedAt: new Date('2026-01-01T00:00:00Z') }),
      vendor({ archivedAt: new Date('2026-01-01T00:00:00Z') }),
      {},
      {},
    ],
    [
      'a date that changed',
      vendor(),
      vendor({ archivedAt: new Date('2026-01-01T00:00:00Z') }),
      { archivedAt: null },
      { archivedAt: new Date('2026-01-01T00:00:00Z') },
    ],
    [
      'several fields',
      vendor(),
      vendor({ name: 'Clarivate', tags: [] }),
      { name: 'Ex Libris', tags: ['ils'] },
      { name: 'Clarivate', tags: [] },
    ],
    ['a change outside the listed fields is ignored', vendor(), vendor({ version: 2 }), {}, {}],
  ])('%s', (_label, before, after, expectedBefore, expectedAfter) => {
    expect(sut.diff(before, after, FIELDS)).toEqual({ before: expectedBefore, after: expectedAfter });
  });

  it('keeps the values themselves, not copies turned into strings', () => {
    const when = new Date('2026-03-04T05:06:07Z');
    const { after } = sut.diff(vendor(), vendor({ archivedAt: when }), FIELDS);
    expect(after['archivedAt']).toBe(when);
  });
});

describe('AuditService.record', () => {
  const sut = new AuditService();

  it("writes through the caller's transaction, without secrets", async () => {
    // The edge: the caller's EntityManager, so the entry commits or rolls back with the change.
    const inserted: unknown[][] = [];
    const manager = { insert: async (...args: unknown[]) => void inserted.push(args) } as unknown as EntityManager;
    await sut.record(manager, {
      actorId: 'admin-1',
      objectType: 'user',
      objectId: 'u-1',
      action: 'updated',
      before: { displayName: 'Ada', passwordHash: '$argon2id$old', tokenVersion: 1 },
      after: { displayName: 'Ada L.', passwordHash: '$argon2id$new', password: 'plain', tokenVersion: 2 },
    });
    expect(inserted).toEqual([
      [
        AuditEventEntity,
        {
          actorId: 'admin-1',
          objectType: 'user',
          objectId: 'u-1',
          action: 'updated',
          evaluationId: null,
          before: { displayName: 'Ada' },
          after: { displayName: 'Ada L.' },
        },
      ],
    ]);
  });

  it('records a creation or deletion with null on the missing side', async () => {
    const inserted: unknown[][] = [];
    const manager = { insert: async (...args: unknown[]) => void inserted.push(args) } as unknown as EntityManager;
    await sut.record(manager, {
      actorId: null,
      objectType: 'vendor',
      objectId: 'v-1',
      action: 'created',
      evaluationId: 'e-1',
      after: { name: 'Ex Libris' },
    });
    expect(inserted[0][1]).toEqual(
      expect.objectContaining({ actorId: null, evaluationId: 'e-1', before: null, after: { name: 'Ex Libris' } }),
    );
  });
});

describe('AuditService.recordMany', () => {
  const sut = new AuditService();

  it('writes many entries in one statement, each without secrets', async () => {
    const statements: unknown[][] = [];
    const builder = {
      insert: () => builder,
      into: (entity: unknown) => (statements.push([entity]), builder),
      values: (values: unknown) => (statements[statements.length - 1].push(values), builder),
      execute: async () => undefined,
    };
    const manager = { createQueryBuilder: () => builder } as unknown as EntityManager;
    await sut.recordMany(manager, [
      { actorId: 'a-1', objectType: 'requirement', objectId: 'r-1', action: 'imported', after: { code: 'R-1' } },
      { actorId: 'a-1', objectType: 'user', objectId: 'u-1', action: 'updated', after: { password: 'plain' } },
    ]);
    expect(statements).toEqual([
      [
        AuditEventEntity,
        [
          expect.objectContaining({ objectId: 'r-1', evaluationId: null, before: null, after: { code: 'R-1' } }),
          expect.objectContaining({ objectId: 'u-1', after: {} }),
        ],
      ],
    ]);
  });

  it('writes nothing for no entries', async () => {
    const manager = {
      createQueryBuilder: () => {
        throw new Error('no statement expected');
      },
    } as unknown as EntityManager;
    await expect(sut.recordMany(manager, [])).resolves.toBeUndefined();
  });
});
