import { AuditService, PasswordHasher } from '@assay/api/core';
import { DepartmentEntity, MemberLibraryEntity, OrganisationEntity, SettingEntity, UserEntity } from '@assay/api/data';
import { GlobalRole } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Every demo account signs in with this password (documented in the README; demo data only). */
export const DEMO_PASSWORD = 'assay-demo-2026';

const LIBRARIES = [
  { code: 'CEN', name: 'Riverbend Central Library' },
  { code: 'EAS', name: 'Eastside Branch Library' },
  { code: 'MIL', name: 'Millbrook Public Library' },
  { code: 'HAR', name: 'Harbor Point Community Library' },
];

const DEPARTMENTS = [
  { code: 'CIRC', name: 'Circulation' },
  { code: 'CAT', name: 'Cataloguing' },
  { code: 'ACQ', name: 'Acquisitions' },
  { code: 'SER', name: 'Serials' },
  { code: 'IT', name: 'IT' },
  { code: 'YTH', name: 'Youth Services' },
];

/** One account for each role a person may hold, and four evaluators (per-evaluation roles are granted in evaluations). */
const PEOPLE: {
  email: string;
  displayName: string;
  globalRole: GlobalRole;
  library: string;
  department: string | null;
}[] = [
  {
    email: 'admin@demo.assay.local',
    displayName: 'Alex Admin (demo)',
    globalRole: GlobalRole.Admin,
    library: 'CEN',
    department: 'IT',
  },
  {
    email: 'lead@demo.assay.local',
    displayName: 'Lena Lead (demo)',
    globalRole: GlobalRole.User,
    library: 'CEN',
    department: 'IT',
  },
  {
    email: 'circ.head@demo.assay.local',
    displayName: 'Carmen Circulation (demo)',
    globalRole: GlobalRole.User,
    library: 'CEN',
    department: 'CIRC',
  },
  {
    email: 'cat.head@demo.assay.local',
    displayName: 'Kofi Cataloguing (demo)',
    globalRole: GlobalRole.User,
    library: 'EAS',
    department: 'CAT',
  },
  {
    email: 'evaluator@demo.assay.local',
    displayName: 'Eva Evaluator (demo)',
    globalRole: GlobalRole.User,
    library: 'MIL',
    department: 'ACQ',
  },
  {
    email: 'evaluator2@demo.assay.local',
    displayName: 'Elif Evaluator (demo)',
    globalRole: GlobalRole.User,
    library: 'EAS',
    department: 'CIRC',
  },
  {
    email: 'evaluator3@demo.assay.local',
    displayName: 'Emil Evaluator (demo)',
    globalRole: GlobalRole.User,
    library: 'HAR',
    department: 'CAT',
  },
  {
    email: 'evaluator4@demo.assay.local',
    displayName: 'Esther Evaluator (demo)',
    globalRole: GlobalRole.User,
    library: 'CEN',
    department: 'SER',
  },
  {
    email: 'tester@demo.assay.local',
    displayName: 'Theo Tester (demo)',
    globalRole: GlobalRole.User,
    library: 'HAR',
    department: 'IT',
  },
  {
    email: 'director@demo.assay.local',
    displayName: 'Dana Director (demo)',
    globalRole: GlobalRole.User,
    library: 'CEN',
    department: null,
  },
  {
    email: 'viewer@demo.assay.local',
    displayName: 'Victor Viewer (demo)',
    globalRole: GlobalRole.User,
    library: 'EAS',
    department: 'YTH',
  },
];

const SEEDED_MARKER = 'demo_seeded';

/**
 * A small, clearly marked demo organisation for first-time users: member libraries, departments
 * and one account per role. Runs once per database (a marker stops it re-creating what people delete).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    // Every start after the first stops here, without paying for a password hash (argon2, 64 MiB).
    if (await this.dataSource.getRepository(SettingEntity).existsBy({ key: SEEDED_MARKER })) {
      return false;
    }
    // Hashed outside the transaction, so the lock is not held while it runs; checked again inside.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242003)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) {
        return false;
      }
      await this.seed(manager, passwordHash);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      this.logger.log(
        `Demo data created: sign in as any *@demo.assay.local account with the password "${DEMO_PASSWORD}"`,
      );
      return true;
    });
  }

  private async seed(manager: EntityManager, passwordHash: string): Promise<void> {
    const [organisation] = await manager.find(OrganisationEntity, { order: { createdAt: 'ASC' }, take: 1 });
    const libraryIds = new Map<string, string>();
    for (const library of LIBRARIES) {
      const saved = await manager.save(
        manager.create(MemberLibraryEntity, { organisationId: organisation.id, ...library }),
      );
      libraryIds.set(library.code, saved.id);
    }
    const departmentIds = new Map<string, string>();
    for (const department of DEPARTMENTS) {
      const saved = await manager.save(
        manager.create(DepartmentEntity, { organisationId: organisation.id, ...department }),
      );
      departmentIds.set(department.code, saved.id);
    }
    for (const person of PEOPLE) {
      if (await manager.existsBy(UserEntity, { email: person.email })) continue;
      const saved = await manager.save(
        manager.create(UserEntity, {
          email: person.email,
          displayName: person.displayName,
          globalRole: person.globalRole,
          passwordHash,
          memberLibraryId: libraryIds.get(person.library) ?? null,
          departmentId: person.department ? (departmentIds.get(person.department) ?? null) : null,
          isDemo: true,
        }),
      );
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'user',
        objectId: saved.id,
        action: 'created_as_demo',
        after: { email: saved.email, globalRole: saved.globalRole },
      });
    }
  }
}
