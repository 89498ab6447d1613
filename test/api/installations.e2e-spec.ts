/**
 * The installation record of a product in use: recorded by the people who work on the product,
 * listed newest first with the accepting run's counts, checked (a version of the product, a run of
 * its plans on that version, no future date), hidden from everyone else, locked optimistically, and
 * audited.
 */
import { createPerson, GQL, gqlData, once, Person } from './support/fixtures';
import { codeOf, RunningServer, sql, startServer, TestDatabase } from './support/server';

interface InstallationView {
  id: string;
  kind: string;
  installedOn: string;
  productVersionName: string;
  notes: string;
  version: number;
  appliedBy: { id: string; displayName: string } | null;
  acceptingRun: { id: string; buildLabel: string; progress: { total: number; passed: number; failed: number } } | null;
  acceptingPlanName: string | null;
}

describe('installation record', () => {
  let server: RunningServer;
  let database: TestDatabase;
  let admin: string;
  const people: Record<string, Person> = {};
  let productId: string;
  let otherProductId: string;
  const versions: Record<string, string> = {};
  let planId: string;
  let runOnTarget: string;
  let runOnCurrent: string;
  let otherRun: string;

  const ok = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    gqlData<T>(server, query, variables, token);
  const list = async (token = people['pat'].token) =>
    (await ok<{ installations: InstallationView[] }>(GQL.installations, { productId }, token)).installations;
  const record = (input: Record<string, unknown>, token = people['pat'].token) =>
    server.gql<{ recordInstallation: InstallationView }>(
      GQL.recordInstallation,
      { input: { productId, ...input } },
      { token },
    );
  const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (result.errors?.[0]?.extensions?.['fields'] as { field: string; problems: string[] }[] | undefined) ?? [];

  const product = async (name: string, versionNames: string[]) => {
    const vendorId = (await ok<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: `${name} Inc` } }))
      .createVendor.id;
    const id = (
      await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name, category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    for (const version of versionNames) {
      versions[`${name} ${version}`] = (
        await ok<{ createProductVersion: { id: string } }>(GQL.createProductVersion, {
          input: { productId: id, name: version },
        })
      ).createProductVersion.id;
    }
    return id;
  };
  const plan = async (ofProduct: string, name: string, current: string, target: string) =>
    (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { productId: ofProduct, name, currentVersionId: current, targetVersionId: target, keyPrefix: 'UP' },
      })
    ).createTestPlan.id;
  const run = async (ofPlan: string, productVersionId: string, buildLabel: string) =>
    (
      await ok<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId: ofPlan, productVersionId, environment: 'Test server', buildLabel },
      })
    ).createTestRun.id;

  beforeAll(async () => {
    database = await TestDatabase.create();
    server = await startServer({ database });
    admin = await server.login();
    people['pat'] = await createPerson(server, admin, { key: 'pat', displayName: 'Pat Planner' });
    people['olga'] = await createPerson(server, admin, { key: 'olga', displayName: 'Olga Outsider' });
    productId = await product('Sierra', ['6.1', '6.2']);
    otherProductId = await product('Polaris', ['7.5']);
    planId = await plan(productId, 'Sierra 6.2 upgrade', versions['Sierra 6.1'], versions['Sierra 6.2']);
    await ok(GQL.setTestPlanMembers, { input: { planId, userIds: [people['pat'].id] } });
    await ok(GQL.createTestCase, {
      input: { planId, title: 'Check out', steps: [{ action: 'Check out', expected: 'Done' }] },
    });
    runOnCurrent = await run(planId, versions['Sierra 6.1'], '6.1.3');
    runOnTarget = await run(planId, versions['Sierra 6.2'], '6.2.0');
    const otherPlan = await plan(otherProductId, 'Polaris patch', versions['Polaris 7.5'], versions['Polaris 7.5']);
    await ok(GQL.createTestCase, {
      input: { planId: otherPlan, title: 'Renew', steps: [{ action: 'Renew', expected: 'Renewed' }] },
    });
    otherRun = await run(otherPlan, versions['Polaris 7.5'], '7.5.1');
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('is empty until something is recorded', async () => {
    expect(await list()).toEqual([]);
  });

  /** Three installations recorded by Pat: the initial one, a patch and the upgrade. */
  const recorded = once(async () => {
    const initial = await record({
      productVersionId: versions['Sierra 6.1'],
      kind: 'INITIAL',
      installedOn: '2024-05-01',
    });
    expect(initial.errors).toBeUndefined();
    expect(initial.data!.recordInstallation).toMatchObject({
      kind: 'INITIAL',
      installedOn: '2024-05-01',
      productVersionName: '6.1',
      appliedBy: { displayName: 'Pat Planner' },
      acceptingRun: null,
    });
    await record({
      productVersionId: versions['Sierra 6.1'],
      kind: 'PATCH',
      installedOn: '2025-02-11',
      acceptingRunId: runOnCurrent,
    });
    const upgrade = await record({
      productVersionId: versions['Sierra 6.2'],
      kind: 'UPGRADE',
      installedOn: '2025-09-30',
      acceptingRunId: runOnTarget,
      appliedById: people['olga'].id,
      notes: 'Booked for the quiet weekend.',
    });
    expect(upgrade.errors).toBeUndefined();
    const installed = await list();
    expect(installed.map((i) => [i.installedOn, i.kind, i.productVersionName])).toEqual([
      ['2025-09-30', 'UPGRADE', '6.2'],
      ['2025-02-11', 'PATCH', '6.1'],
      ['2024-05-01', 'INITIAL', '6.1'],
    ]);
    expect(installed[0]).toMatchObject({
      appliedBy: { displayName: 'Olga Outsider' },
      acceptingRun: { id: runOnTarget, buildLabel: '6.2.0', progress: { total: 1, passed: 0, failed: 0 } },
      acceptingPlanName: 'Sierra 6.2 upgrade',
      notes: 'Booked for the quiet weekend.',
    });
    const accepted = await ok<{ testRun: { acceptedInstallations: { kind: string }[] } }>(
      GQL.testRunAcceptedInstallations,
      { id: runOnTarget },
      people['pat'].token,
    );
    expect(accepted.testRun.acceptedInstallations).toEqual([{ kind: 'UPGRADE' }]);
  });
  it('records installations by a person named on a plan, newest first, with the accepting run and its counts', () =>
    recorded());

  it.each([
    [
      'a version of another product',
      { productVersionId: 'Polaris 7.5', kind: 'PATCH', installedOn: '2025-01-01' },
      'productVersionId',
      'Not a version of this product',
    ],
    [
      'a run of another product',
      { productVersionId: 'Sierra 6.1', kind: 'PATCH', installedOn: '2025-01-01', acceptingRunId: 'other' },
      'acceptingRunId',
      'Not a run of this product’s plans',
    ],
    [
      'a run on another version',
      { productVersionId: 'Sierra 6.1', kind: 'PATCH', installedOn: '2025-01-01', acceptingRunId: 'target' },
      'acceptingRunId',
      'The run tested another version',
    ],
    [
      'a date in the future',
      { productVersionId: 'Sierra 6.1', kind: 'HOTFIX', installedOn: `${new Date().getUTCFullYear() + 1}-01-01` },
      'installedOn',
      'in the future',
    ],
    [
      'a date that does not exist',
      { productVersionId: 'Sierra 6.1', kind: 'HOTFIX', installedOn: '2025-02-30' },
      'installedOn',
      'Enter a real date',
    ],
  ])('refuses %s, naming the field', async (_label, input, field, problem) => {
    await recorded();
    const runs: Record<string, string> = { other: otherRun, target: runOnTarget };
    const result = await record({
      ...input,
      productVersionId: versions[input.productVersionId],
      acceptingRunId: 'acceptingRunId' in input ? runs[input.acceptingRunId as string] : undefined,
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const named = fieldsOf(result).find((f) => f.field === field);
    expect(named?.problems.join(' ')).toContain(problem);
    expect(await list()).toHaveLength(3);
  });

  it('hides the record from a person not named on the product’s plans: not found, as for a product that does not exist', async () => {
    await recorded();
    const read = await server.gql(GQL.installations, { productId }, { token: people['olga'].token });
    expect(codeOf(read)).toBe('NOT_FOUND');
    const made = await server.gql(
      GQL.installations,
      { productId: '00000000-0000-4000-8000-000000000001' },
      { token: people['olga'].token },
    );
    expect(read.errors?.[0]?.message).toBe(made.errors?.[0]?.message);
    const write = await record(
      { productVersionId: versions['Sierra 6.1'], kind: 'PATCH', installedOn: '2025-01-01' },
      people['olga'].token,
    );
    expect(codeOf(write)).toBe('NOT_FOUND');
    const [latest] = await list();
    const edit = await server.gql(
      GQL.updateInstallation,
      { input: { id: latest.id, version: latest.version, notes: 'Defaced' } },
      { token: people['olga'].token },
    );
    expect(codeOf(edit)).toBe('NOT_FOUND');
    expect(await list()).toHaveLength(3);
  });

  /** The upgrade edited twice by Pat, its accepting run cleared. */
  const edited = once(async () => {
    await recorded();
    const [latest] = await list();
    const saved = await ok<{ updateInstallation: InstallationView }>(
      GQL.updateInstallation,
      { input: { id: latest.id, version: latest.version, notes: 'Went live at 07:00.', kind: 'SERVICE_PACK' } },
      people['pat'].token,
    );
    expect(saved.updateInstallation).toMatchObject({ kind: 'SERVICE_PACK', version: latest.version + 1 });
    const stale = await server.gql(
      GQL.updateInstallation,
      { input: { id: latest.id, version: latest.version, notes: 'Lost update' } },
      { token: admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('Pat Planner');
    const cleared = await ok<{ updateInstallation: InstallationView }>(
      GQL.updateInstallation,
      { input: { id: latest.id, version: latest.version + 1, acceptingRunId: null, kind: 'UPGRADE' } },
      people['pat'].token,
    );
    expect(cleared.updateInstallation.acceptingRun).toBeNull();
  });
  it('refuses an edit made on an old version, naming who saved the newer one', () => edited());

  it('keeps every change in the audit history, and a removal in the audit trail', async () => {
    await edited();
    const history = (
      await ok<{
        installations: { id: string; history: { actorName: string; action: string; changes: { field: string }[] }[] }[];
      }>(GQL.installationHistory, { productId }, people['pat'].token)
    ).installations[0].history;
    expect(history.map((h) => [h.actorName, h.action])).toEqual([
      ['Pat Planner', 'updated'],
      ['Pat Planner', 'updated'],
      ['Pat Planner', 'created'],
    ]);
    expect(history[1].changes.map((c) => c.field)).toEqual(['kind', 'notes']);

    const [, patch] = await list();
    const removed = await ok<{ removeInstallation: boolean }>(
      GQL.removeInstallation,
      { input: { id: patch.id, version: patch.version } },
      people['pat'].token,
    );
    expect(removed.removeInstallation).toBe(true);
    expect((await list()).map((i) => i.kind)).toEqual(['UPGRADE', 'INITIAL']);
    await server.stop();
    const trail = await sql(
      database,
      `SELECT action, before->>'kind' AS kind FROM audit_event
        WHERE object_type = 'installation' AND object_id = '${patch.id}' ORDER BY occurred_at`,
    );
    expect(trail).toEqual([
      { action: 'created', kind: null },
      { action: 'deleted', kind: 'patch' },
    ]);
  });
});
