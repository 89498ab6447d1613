import {
  createEvaluation,
  firstSignIn,
  GQL,
  gqlData,
  once,
  OWN_PASSWORD,
  Person,
  TEMPORARY_PASSWORD,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Notice {
  id: string;
  title: string;
  kind: string;
  productName: string;
  libraries: { code: string }[];
  recipientCount: number;
  closedAt: string | null;
  canClose: boolean;
  version: number;
}

describe('problem notices: told to the chosen libraries’ staff, until closed', () => {
  let server: RunningServer;
  let admin: string;
  let productId: string;
  const libraries: Record<string, string> = {};
  const people: Record<string, Person> = {};

  const ok = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const codeFor = async (token: string, query: string, variables: Record<string, unknown>) =>
    codeOf(await server.gql(query, variables, { token }));
  const home = async (person: string) =>
    (await ok<{ myWork: { openNotices: Notice[] } }>(people[person].token, GQL.myWorkNotices)).myWork.openNotices;
  const inbox = async (person: string) =>
    (
      await ok<{ notifications: { items: { kind: string; title: string; link: string; objectId: string }[] } }>(
        people[person].token,
        GQL.notifications,
      )
    ).notifications.items.map(({ kind, title, link, objectId }) => ({ kind, title, link, objectId }));
  const send = (token: string, title: string, codes: string[]) =>
    ok<{ sendProblemNotice: Notice }>(token, GQL.sendProblemNotice, {
      input: {
        productId,
        kind: 'KNOWN_DEFECT',
        title,
        details: 'Holds placed at the desk vanish. Workaround: place them from the staff client.',
        startsOn: '2026-12-01',
        endsOn: '2026-12-10',
        libraryIds: codes.map((code) => libraries[code]),
      },
    });

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    for (const [code, name] of [
      ['NORTH', 'North Branch'],
      ['SOUTH', 'South Branch'],
      ['EAST', 'East Branch'],
    ]) {
      libraries[code] = (
        await ok<{ createMemberLibrary: { id: string } }>(admin, GQL.createMemberLibrary, { input: { code, name } })
      ).createMemberLibrary.id;
    }
    for (const [key, displayName, library] of [
      ['nora', 'Nora North', 'NORTH'],
      ['dina', 'Dina Director', 'NORTH'],
      ['sam', 'Sam South', 'SOUTH'],
      ['ed', 'Ed East', 'EAST'],
      ['lena', 'Lena Lead', undefined],
      ['otto', 'Otto Outsider', undefined],
    ] as const) {
      const email = `${key}@e2e.test`;
      const created = await ok<{ createUser: { id: string } }>(admin, GQL.createUser, {
        input: {
          email,
          displayName,
          temporaryPassword: TEMPORARY_PASSWORD,
          memberLibraryId: library ? libraries[library] : undefined,
        },
      });
      const token = await firstSignIn(server, email, TEMPORARY_PASSWORD, OWN_PASSWORD);
      people[key] = { id: created.createUser.id, token, email };
    }
    // Lena leads an evaluation, Dina directs it: leads may send notices, and directors are told as staff.
    await createEvaluation(server, admin, 'ILS 2027', [
      [people['lena'].id, 'LEAD'],
      [people['dina'].id, 'DIRECTOR'],
    ]);
    const vendorId = (
      await ok<{ createVendor: { id: string } }>(admin, GQL.createVendor, { input: { name: 'Notice vendor' } })
    ).createVendor.id;
    productId = (
      await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
        input: { vendorId, name: 'Koha', category: 'ILS', licence: 'OPEN_SOURCE' },
      })
    ).createProduct.id;
  });
  afterAll(() => server?.stop());

  /** Lena’s notice “Holds vanish”, sent to North and South. */
  const told = once(async () => {
    const { sendProblemNotice: notice } = await send(people['lena'].token, 'Holds vanish', ['NORTH', 'SOUTH']);
    expect(notice).toMatchObject({
      title: 'Holds vanish',
      kind: 'KNOWN_DEFECT',
      productName: 'Koha',
      recipientCount: 3,
      closedAt: null,
      canClose: true,
    });
    expect(notice.libraries.map((l) => l.code).sort()).toEqual(['NORTH', 'SOUTH']);

    for (const person of ['nora', 'dina', 'sam']) {
      expect(await inbox(person)).toContainEqual({
        kind: 'PROBLEM_NOTICE',
        title: 'Notice about Koha: Holds vanish',
        link: `/notices/${notice.id}`,
        objectId: notice.id,
      });
      expect((await home(person)).map((n) => n.id)).toEqual([notice.id]);
      const { problemNotice } = await ok<{ problemNotice: Notice }>(people[person].token, GQL.problemNotice, {
        id: notice.id,
      });
      expect(problemNotice).toMatchObject({ title: 'Holds vanish', canClose: false });
    }
    for (const person of ['ed', 'otto', 'lena']) {
      expect((await inbox(person)).filter((n) => n.kind === 'PROBLEM_NOTICE')).toEqual([]);
      expect(await home(person)).toEqual([]);
    }
  });
  it('tells exactly the staff and directors of the chosen libraries, and shows it on their home page', () => told());

  /** The administrator’s notice “Outage tonight”, sent to East. */
  const outage = once(async () => {
    await told();
    const { sendProblemNotice: notice } = await send(admin, 'Outage tonight', ['EAST']);
    for (const person of ['otto', 'nora']) {
      expect(
        await codeFor(people[person].token, GQL.sendProblemNotice, {
          input: { productId, kind: 'OUTAGE', title: 'Fake', libraryIds: [libraries['NORTH']] },
        }),
      ).toBe('FORBIDDEN');
      expect(await codeFor(people[person].token, GQL.problemNotices, { productId })).toBe('FORBIDDEN');
      expect(await codeFor(people[person].token, GQL.problemNotice, { id: notice.id })).toBe('NOT_FOUND');
    }
    const { problemNotice } = await ok<{ problemNotice: Notice }>(people['ed'].token, GQL.problemNotice, {
      id: notice.id,
    });
    expect(problemNotice.title).toBe('Outage tonight');
  });
  it('refuses senders who are neither administrators nor leads, and hides a notice from those it was not sent to', () =>
    outage());

  it('leaves home once its sender or an administrator closes it; recipients cannot close it', async () => {
    await outage();
    const { sendProblemNotice: notice } = await send(people['lena'].token, 'Upgrade on Sunday', ['SOUTH']);
    expect((await home('sam')).map((n) => n.title)).toContain('Upgrade on Sunday');
    expect(
      await codeFor(people['sam'].token, GQL.closeProblemNotice, { input: { id: notice.id, version: notice.version } }),
    ).toBe('FORBIDDEN');
    const { closeProblemNotice: closed } = await ok<{ closeProblemNotice: Notice }>(
      people['lena'].token,
      GQL.closeProblemNotice,
      {
        input: { id: notice.id, version: notice.version },
      },
    );
    expect(closed.closedAt).not.toBeNull();
    expect(closed.canClose).toBe(false);
    expect((await home('sam')).map((n) => n.title)).not.toContain('Upgrade on Sunday');
    // Still readable by the people it was sent to, as closed.
    expect(
      (await ok<{ problemNotice: Notice }>(people['sam'].token, GQL.problemNotice, { id: notice.id })).problemNotice
        .closedAt,
    ).not.toBeNull();
    expect(
      await codeFor(people['lena'].token, GQL.closeProblemNotice, {
        input: { id: notice.id, version: closed.version },
      }),
    ).toBe('CONFLICT');

    // An administrator closes a lead's notice; the lead and the administrator list the product's notices.
    const { sendProblemNotice: other } = await send(people['lena'].token, 'Slow searches', ['NORTH']);
    await ok(admin, GQL.closeProblemNotice, { input: { id: other.id, version: other.version } });
    expect(await home('nora')).toHaveLength(1);
    const listed = (await ok<{ problemNotices: Notice[] }>(people['lena'].token, GQL.problemNotices, { productId }))
      .problemNotices;
    expect(listed.map((n) => n.title)).toEqual([
      'Slow searches',
      'Upgrade on Sunday',
      'Outage tonight',
      'Holds vanish',
    ]);
  });
});
