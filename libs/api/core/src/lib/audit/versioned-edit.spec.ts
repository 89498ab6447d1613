import { AuditEventEntity } from '@assay/api/data';
import { EntityManager, QueryFailedError } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { AuditService } from './audit.service';
import { EditTarget, VersionedEdit } from './versioned-edit';

interface Vendor {
  id: string;
  name: string;
  website: string | null;
  version: number;
}

class VendorRow implements Vendor {
  id = '';
  name = '';
  website: string | null = null;
  version = 1;
}

const VENDOR: EditTarget<Vendor> = {
  entity: VendorRow,
  objectType: 'vendor',
  missing: 'The vendor',
  describe: (row) => `The vendor ${row.name}`,
  refused: 'The vendor has a value the catalogue does not accept.',
};

const actor = { id: 'editor-1', displayName: 'Ada' } as RequestActor;

/**
 * The edge: the caller's EntityManager. One table of vendors, the audit entries it was given,
 * the last audit entry for the stale-version message, and an optional error for the next save.
 */
function fakeManager(rows: Vendor[], options: { saveFails?: unknown; lastChange?: object } = {}) {
  const audit: Record<string, unknown>[] = [];
  const saved: Vendor[] = [];
  const locks: unknown[] = [];
  const repository = {
    findOne: async ({ where, lock }: { where: { id: string }; lock?: unknown }) => {
      locks.push(lock);
      const row = rows.find((candidate) => candidate.id === where.id);
      return row ? { ...row } : null;
    },
    create: (values: Partial<Vendor>) => Object.assign(new VendorRow(), values),
    save: async (row: Vendor) => {
      if (options.saveFails) throw options.saveFails;
      const stored = { ...row, id: row.id || `new-${saved.length + 1}`, version: row.id ? row.version + 1 : 1 };
      saved.push(stored);
      return stored;
    },
  };
  const query = {
    leftJoin: () => query,
    select: () => query,
    where: () => query,
    orderBy: () => query,
    limit: () => query,
    getRawOne: async () => options.lastChange,
  };
  const manager = {
    getRepository: () => repository,
    insert: async (entity: unknown, values: Record<string, unknown>) => {
      expect(entity).toBe(AuditEventEntity);
      audit.push(values);
    },
    createQueryBuilder: () => query,
  } as unknown as EntityManager;
  return { manager, audit, saved, locks };
}

const exLibris = (): Vendor => ({ id: 'v-1', name: 'Ex Libris', website: null, version: 3 });

describe('VersionedEdit.lockVersion', () => {
  const sut = new VersionedEdit(new AuditService());

  it('returns the row, read with a write lock, when the version is the one the editor saw', async () => {
    const { manager, locks } = fakeManager([exLibris()]);
    await expect(sut.lockVersion(manager, VENDOR, 'v-1', 3)).resolves.toEqual(exLibris());
    expect(locks).toEqual([{ mode: 'pessimistic_write' }]);
  });

  it('is NOT_FOUND for a missing row, or one the caller says is not this one’s', async () => {
    const { manager } = fakeManager([exLibris()]);
    await expect(sut.lockVersion(manager, VENDOR, 'v-2', 3)).rejects.toMatchObject({
      message: 'The vendor was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(sut.lockVersion(manager, VENDOR, 'v-1', 3, () => false)).rejects.toMatchObject({
      message: 'The vendor was not found.',
    });
  });

  it.each([
    ['an older version', 2],
    ['no version at all', undefined],
  ])('refuses %s with CONFLICT naming who saved the newer one', async (_label, version) => {
    const { manager } = fakeManager([exLibris()], {
      lastChange: { occurredAt: new Date('2026-05-04T10:20:00Z'), displayName: 'Sam' },
    });
    const error = await sut.lockVersion(manager, VENDOR, 'v-1', version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'The vendor Ex Libris was changed by Sam at 2026-05-04 10:20 UTC after you opened it. Reload to see their changes, then edit again.',
    );
    expect((error as AppError).extensions).toEqual({
      code: 'CONFLICT',
      changedBy: 'Sam',
      changedAt: '2026-05-04T10:20:00.000Z',
      currentVersion: 3,
    });
  });
});

describe('VersionedEdit.update', () => {
  const sut = new VersionedEdit(new AuditService());

  it('applies the given fields, saves, and audits only what changed', async () => {
    const { manager, audit, saved } = fakeManager([exLibris()]);
    const row = exLibris();
    const result = await sut.update(
      manager,
      actor,
      VENDOR,
      row,
      { name: 'Ex Libris', website: 'https://exlibris.test' },
      ['name', 'website'],
      { evaluationId: 'e-1' },
    );
    expect(result).toEqual({ ...exLibris(), website: 'https://exlibris.test', version: 4 });
    expect(saved).toHaveLength(1);
    expect(audit).toEqual([
      {
        actorId: 'editor-1',
        objectType: 'vendor',
        objectId: 'v-1',
        action: 'updated',
        evaluationId: 'e-1',
        before: { website: null },
        after: { website: 'https://exlibris.test' },
      },
    ]);
  });

  it('leaves out undefined fields and fields it was not given', async () => {
    const { manager, audit } = fakeManager([exLibris()]);
    const row = exLibris();
    await sut.update(manager, actor, VENDOR, row, { name: undefined, website: 'https://x.test' }, ['website']);
    expect(row.name).toBe('Ex Libris');
    expect(audit[0]).toMatchObject({ before: { website: null }, after: { website: 'https://x.test' } });
  });

  it('saves and audits nothing when nothing changed', async () => {
    const { manager, audit, saved } = fakeManager([exLibris()]);
    const result = await sut.update(manager, actor, VENDOR, exLibris(), { name: 'Ex Libris' }, ['name', 'website']);
    expect(result).toEqual(exLibris());
    expect(saved).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('files the change under another action when asked', async () => {
    const { manager, audit } = fakeManager([exLibris()]);
    await sut.update(manager, actor, VENDOR, exLibris(), { name: 'Clarivate' }, ['name'], {
      action: 'cost_settings_changed',
    });
    expect(audit[0]).toMatchObject({ action: 'cost_settings_changed', evaluationId: null });
  });

  it('keeps only the action in the trail when asked', async () => {
    const { manager, audit } = fakeManager([exLibris()]);
    await sut.update(manager, actor, VENDOR, exLibris(), { website: 'https://x.test' }, ['website'], {
      action: 'archived',
      trail: 'action',
    });
    expect(audit[0]).toMatchObject({ action: 'archived', before: null, after: null });
  });

  it('runs the check on the changed row before saving, and saves nothing when it refuses', async () => {
    const { manager, audit, saved } = fakeManager([exLibris()]);
    const seen: [string, string][] = [];
    const refusal = new Error('refused');
    const attempt = sut.update(manager, actor, VENDOR, exLibris(), { name: 'Clarivate' }, ['name'], {
      check: (row, before) => {
        seen.push([before.name, row.name]);
        throw refusal;
      },
    });
    await expect(attempt).rejects.toBe(refusal);
    expect(seen).toEqual([['Ex Libris', 'Clarivate']]);
    expect(saved).toEqual([]);
    expect(audit).toEqual([]);
  });
});

describe('VersionedEdit.create', () => {
  const sut = new VersionedEdit(new AuditService());

  it('inserts the row and audits it as created with the values given for the trail', async () => {
    const { manager, audit } = fakeManager([]);
    const saved = await sut.create(manager, actor, VENDOR, { name: 'Clarivate' }, (row) => ({ name: row.name }));
    expect(saved).toMatchObject({ id: 'new-1', name: 'Clarivate', version: 1 });
    expect(audit).toEqual([
      {
        actorId: 'editor-1',
        objectType: 'vendor',
        objectId: 'new-1',
        action: 'created',
        evaluationId: null,
        before: null,
        after: { name: 'Clarivate' },
      },
    ]);
  });
});

describe('VersionedEdit.save', () => {
  const sut = new VersionedEdit(new AuditService());
  const databaseError = (code: string, constraint?: string) =>
    new QueryFailedError('UPDATE …', [], Object.assign(new Error('refused'), { code, constraint }));

  it('turns a name taken at the same moment into CONFLICT naming the name as entered', async () => {
    const { manager, audit } = fakeManager([exLibris()], { saveFails: databaseError('23505', 'uq_vendor_name') });
    const attempt = sut.update(manager, actor, VENDOR, exLibris(), { name: 'Clarivate' }, ['name']);
    await expect(attempt).rejects.toMatchObject({
      message: 'Another vendor already has the name Clarivate.',
      extensions: { code: 'CONFLICT', field: 'name' },
    });
    expect(audit).toEqual([]);
  });

  it('turns a value the CHECK rules refuse into BAD_USER_INPUT when the target says how', async () => {
    const { manager } = fakeManager([], { saveFails: databaseError('23514') });
    await expect(sut.save(manager, VENDOR, exLibris())).rejects.toMatchObject({
      message: 'The vendor has a value the catalogue does not accept.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(sut.save(manager, { ...VENDOR, refused: undefined }, exLibris())).rejects.toBeInstanceOf(
      QueryFailedError,
    );
  });

  it('passes any other error on as it is', async () => {
    const failure = new Error('connection lost');
    const { manager } = fakeManager([], { saveFails: failure });
    await expect(sut.save(manager, VENDOR, exLibris())).rejects.toBe(failure);
  });
});
