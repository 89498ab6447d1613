/**
 * Feedback surveys after go-live: created by the people who work on a product (or an evaluation's
 * leads), answered once per person by the audience only, editable while open; an anonymous
 * survey's answers cannot be tied to a person through any query, groups under five show no
 * numbers (in the page and in the exports alike), and closing erases the respondent keys. Repeats
 * make waves, shown in time order; stale versions are refused; roles hold on every operation.
 */
import { Workbook } from 'exceljs';
import {
  createDepartment,
  createTeam,
  firstSignIn,
  GQL,
  gqlData,
  once,
  Person,
  TEMPORARY_PASSWORD,
} from './support/fixtures';
import { codeOf, RunningServer, sql, startServer, TestDatabase } from './support/server';

const SURVEY = `id title anonymous status opensAt closesAt closedAt seriesId waveLabel evaluationId productId subjectName
  departments { id name } memberLibraries { id name } questions { id position kind text }
  canManage canAnswer responseCount myResponse { answers { questionId rating comment } } version`;
const GROUP = 'groupId groupName responses suppressed mean distribution comments';
const DOC = {
  create: `mutation($input: CreateFeedbackSurveyInput!) { createFeedbackSurvey(input: $input) { ${SURVEY} } }`,
  update: `mutation($input: UpdateFeedbackSurveyInput!) { updateFeedbackSurvey(input: $input) { ${SURVEY} } }`,
  close: `mutation($id: ID!, $version: Int!) { closeFeedbackSurvey(id: $id, version: $version) { ${SURVEY} } }`,
  repeat: `mutation($input: RepeatFeedbackSurveyInput!) { repeatFeedbackSurvey(input: $input) { ${SURVEY} } }`,
  answer: `mutation($input: AnswerFeedbackSurveyInput!) { answerFeedbackSurvey(input: $input) { ${SURVEY} } }`,
  survey: `query($id: ID!) { feedbackSurvey(id: $id) { ${SURVEY} } }`,
  surveys: `query($productId: ID, $evaluationId: ID) { feedbackSurveys(productId: $productId, evaluationId: $evaluationId) { id title } }`,
  results: `query($id: ID!, $groupBy: FeedbackGroupBy!) { feedbackResults(surveyId: $id, groupBy: $groupBy) {
    groupBy minimumGroupSize survey { id responseCount }
    questions { question { id kind text } overall { ${GROUP} } groups { ${GROUP} }
      waves { surveyId waveLabel opensAt responses suppressed mean } } } }`,
  comments: `query($id: ID!, $questionId: ID, $departmentId: ID, $memberLibraryId: ID, $search: String) {
    feedbackComments(surveyId: $id, questionId: $questionId, departmentId: $departmentId,
      memberLibraryId: $memberLibraryId, search: $search) {
      total suppressed items { questionId questionText rating comment departmentName libraryName waveLabel respondentName } } }`,
  myWork: `{ myWork { feedbackSurveysToAnswer { id title canAnswer myResponse { answers { rating } } } } }`,
  catalogHistory: `query($id: ID!) { catalogHistory(id: $id, kind: PRODUCT) { action actorName changes { field before after } } }`,
};

interface Survey {
  id: string;
  title: string;
  anonymous: boolean;
  status: string;
  seriesId: string;
  waveLabel: string;
  canManage: boolean;
  canAnswer: boolean;
  responseCount: number | null;
  myResponse: { answers: { questionId: string; rating: number | null; comment: string | null }[] } | null;
  questions: { id: string; position: number; kind: string; text: string }[];
  version: number;
}
interface Group {
  groupId: string | null;
  groupName: string;
  responses: number | null;
  suppressed: boolean;
  mean: number | null;
  distribution: number[] | null;
  comments: number | null;
}
interface Results {
  feedbackResults: {
    groupBy: string;
    minimumGroupSize: number;
    questions: {
      question: { id: string; kind: string };
      overall: Group;
      groups: Group[];
      waves: {
        surveyId: string;
        waveLabel: string;
        responses: number | null;
        suppressed: boolean;
        mean: number | null;
      }[];
    }[];
  };
}
interface Comments {
  feedbackComments: {
    total: number;
    suppressed: boolean;
    items: {
      comment: string;
      departmentName: string | null;
      libraryName: string | null;
      respondentName: string | null;
    }[];
  };
}

const EVALUATION_SURVEY = '0f0f0f0f-0000-4000-8000-00000000f00d';

describe('feedback surveys', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let admin: string;
  let adminId: string;
  const departments: Record<string, string> = {};
  const libraries: Record<string, string> = {};
  const staff: Record<string, Person & { name: string }> = {};
  let team: Record<string, Person>;
  let evaluationId: string;
  let productId: string;
  let pat: Person;
  let survey: Survey;

  const call = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, { token });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await call<T>(token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
  const answer = (token: string, id: string, rating: number | null, comment: string | null, text?: string) => {
    const [rated, written] = survey.id === id ? survey.questions : [];
    return call<{ answerFeedbackSurvey: Survey }>(token, DOC.answer, {
      input: {
        surveyId: id,
        answers: [
          { questionId: rated?.id, rating, comment },
          ...(text && written ? [{ questionId: written.id, comment: text }] : []),
        ],
      },
    });
  };
  const results = async (token: string, id: string, groupBy: string) =>
    (await ok<Results>(token, DOC.results, { id, groupBy })).feedbackResults;
  const download = async (token: string, path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
  const person = async (key: string, name: string, department: string | null, library: string | null) => {
    const created = await gqlData<{ createUser: { id: string } }>(
      server,
      GQL.createUser,
      {
        input: {
          email: `${key}@e2e.test`,
          displayName: name,
          temporaryPassword: TEMPORARY_PASSWORD,
          departmentId: department ?? undefined,
          memberLibraryId: library ?? undefined,
        },
      },
      admin,
    );
    const token = await firstSignIn(server, `${key}@e2e.test`, TEMPORARY_PASSWORD, 'own-password-123');
    staff[key] = { id: created.createUser.id, token, email: `${key}@e2e.test`, name };
    return staff[key];
  };

  beforeAll(async () => {
    database = await TestDatabase.create();
    server = await startServer({ database, sqlLog: true });
    admin = await server.login();
    adminId = (await ok<{ me: { id: string } }>(admin, GQL.me)).me.id;
    for (const [code, name] of [
      ['CIRC', 'Circulation'],
      ['CAT', 'Cataloguing'],
      ['ACQ', 'Acquisitions'],
      ['ADM', 'Administration'],
    ]) {
      departments[code] = await createDepartment(server, admin, code, name);
    }
    for (const [code, name] of [
      ['MAIN', 'Main Library'],
      ['EAST', 'East Branch'],
    ]) {
      libraries[code] = (
        await ok<{ createMemberLibrary: { id: string } }>(admin, GQL.createMemberLibrary, { input: { code, name } })
      ).createMemberLibrary.id;
    }
    ({ evaluationId, people: team } = await createTeam(server, admin, 'ILS replacement', departments['ADM'], [
      ['lia', 'Lia Lead', 'LEAD'],
      ['ada', 'Ada Evaluator', 'EVALUATOR'],
      ['dan', 'Dan Director', 'DIRECTOR'],
      ['vic', 'Vic Viewer', 'VIEWER'],
      ['otto', 'Otto Outsider'],
      ['pat', 'Pat Planner'],
    ]));
    pat = team['pat'];
    const vendorId = (
      await ok<{ createVendor: { id: string } }>(admin, GQL.createVendor, { input: { name: 'Equinox' } })
    ).createVendor.id;
    productId = (
      await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
        input: { vendorId, name: 'Evergreen', category: 'ILS', licence: 'OPEN_SOURCE' },
      })
    ).createProduct.id;
    const versionId = (
      await ok<{ createProductVersion: { id: string } }>(admin, GQL.createProductVersion, {
        input: { productId, name: '3.14' },
      })
    ).createProductVersion.id;
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(admin, GQL.createTestPlan, {
        input: { productId, name: 'Upgrade', currentVersionId: versionId, targetVersionId: versionId, keyPrefix: 'UP' },
      })
    ).createTestPlan.id;
    await ok(admin, GQL.setTestPlanMembers, { input: { planId, userIds: [pat.id] } });
    // Circulation 5 (Main), Cataloguing 4 (East), Acquisitions 1 (Main).
    for (let i = 1; i <= 5; i++) await person(`circ${i}`, `Circ Person ${i}`, departments['CIRC'], libraries['MAIN']);
    for (let i = 1; i <= 4; i++) await person(`cat${i}`, `Cat Person ${i}`, departments['CAT'], libraries['EAST']);
    await person('acq1', 'Acq Person 1', departments['ACQ'], libraries['MAIN']);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** Pat's anonymous survey for Circulation, Cataloguing and Acquisitions, open for a day. */
  const created = once(async () => {
    const made = await ok<{ createFeedbackSurvey: Survey }>(pat.token, DOC.create, {
      input: {
        productId,
        title: 'Evergreen after go-live',
        anonymous: true,
        opensAt: minutes(-10),
        closesAt: minutes(60 * 24),
        departmentIds: [departments['CIRC'], departments['CAT'], departments['ACQ']],
        waveLabel: '3 months',
        questions: [
          { kind: 'RATING', text: 'Checking items in and out is fast' },
          { kind: 'TEXT', text: 'What should we change first?' },
        ],
      },
    });
    survey = made.createFeedbackSurvey;
    return survey;
  });
  /** Everyone has answered: Circulation 4, 2, 3, 4, 5 (Main); Cataloguing 2 × 4 (East); Acquisitions 1 (Main). */
  const answeredByAll = once(async () => {
    await created();
    expect((await answer(staff['circ1'].token, survey.id, 4, '=HYPERLINK("http://x")', 'More training')).errors).toBe(
      undefined,
    );
    for (let i = 2; i <= 5; i++) await answer(staff[`circ${i}`].token, survey.id, i, `Circ comment ${i}`);
    for (let i = 1; i <= 4; i++) await answer(staff[`cat${i}`].token, survey.id, 2, `Cat comment ${i}`);
    await answer(staff['acq1'].token, survey.id, 1, 'Acq comment');
  });
  /** The survey as it stands now (its version moves with each change). */
  const current = async () =>
    (await ok<{ feedbackSurvey: Survey }>(pat.token, DOC.survey, { id: survey.id })).feedbackSurvey;
  /** Closed by Pat after everyone answered. */
  const closed = once(async () => {
    await answeredByAll();
    return (
      await ok<{ closeFeedbackSurvey: Survey }>(pat.token, DOC.close, {
        id: survey.id,
        version: (await current()).version,
      })
    ).closeFeedbackSurvey;
  });
  /** Its "6 months" wave, open for an hour, answered by Circ Person 1. */
  const repeated = once(async () => {
    await closed();
    const wave = (
      await ok<{ repeatFeedbackSurvey: Survey }>(pat.token, DOC.repeat, {
        input: { id: survey.id, waveLabel: '6 months', opensAt: minutes(-1), closesAt: minutes(60) },
      })
    ).repeatFeedbackSurvey;
    await ok(staff['circ1'].token, DOC.answer, {
      input: { surveyId: wave.id, answers: [{ questionId: wave.questions[0].id, rating: 5 }] },
    });
    return wave;
  });
  /** A named survey of the evaluation, open to Circulation; the decision it needs is made elsewhere. */
  const evaluationSurvey = once(async () => {
    await server.stop();
    await sql(
      database,
      `INSERT INTO feedback_survey (id, evaluation_id, title, anonymous, opens_at, closes_at, series_id, created_by)
         VALUES ('${EVALUATION_SURVEY}', '${evaluationId}', 'Six months with the new ILS', false,
                 now() - interval '1 hour', now() + interval '1 day', '${EVALUATION_SURVEY}', '${adminId}')`,
    );
    await sql(
      database,
      `INSERT INTO feedback_question (survey_id, position, kind, text)
         VALUES ('${EVALUATION_SURVEY}', 1, 'rating', 'Overall satisfaction')`,
    );
    await sql(
      database,
      `INSERT INTO feedback_survey_department (survey_id, department_id)
         VALUES ('${EVALUATION_SURVEY}', '${departments['CIRC']}')`,
    );
    server = await startServer({ database, sqlLog: true });
  });

  it('lets a person named on the product’s plans create an anonymous survey for chosen departments', async () => {
    await created();
    expect(survey).toMatchObject({
      status: 'OPEN',
      canManage: true,
      canAnswer: false,
      responseCount: null,
      version: 1,
    });
    expect(survey.questions.map((q) => q.kind)).toEqual(['RATING', 'TEXT']);
  });

  it('refuses a survey with no questions, one closing before it opens, and one about two subjects', async () => {
    const base = {
      productId,
      title: 'Bad',
      opensAt: minutes(0),
      closesAt: minutes(10),
      questions: [{ kind: 'TEXT', text: 'Why?' }],
    };
    for (const input of [
      { ...base, questions: [] },
      { ...base, closesAt: minutes(-10) },
      { ...base, evaluationId },
      { ...base, questions: [{ kind: 'RATING', text: 'x'.repeat(501) }] },
    ]) {
      expect(codeOf(await call(pat.token, DOC.create, { input }))).toBe('BAD_USER_INPUT');
    }
  });

  it('shows the survey on the audience’s home page, and to nobody outside it', async () => {
    await created();
    const home = await ok<{
      myWork: { feedbackSurveysToAnswer: { id: string; canAnswer: boolean; myResponse: unknown }[] };
    }>(staff['circ1'].token, DOC.myWork);
    expect(home.myWork.feedbackSurveysToAnswer).toEqual([
      expect.objectContaining({ id: survey.id, canAnswer: true, myResponse: null }),
    ]);
    for (const outsider of [team['otto'], team['vic'], team['ada']]) {
      const theirs = await ok<{ myWork: { feedbackSurveysToAnswer: unknown[] } }>(outsider.token, DOC.myWork);
      expect(theirs.myWork.feedbackSurveysToAnswer).toEqual([]);
      expect(codeOf(await call(outsider.token, DOC.survey, { id: survey.id }))).toBe('NOT_FOUND');
      expect(codeOf(await answer(outsider.token, survey.id, 4, null))).toBe('NOT_FOUND');
      expect(codeOf(await call(outsider.token, DOC.results, { id: survey.id, groupBy: 'NONE' }))).toBe('NOT_FOUND');
      const listed = await ok<{ feedbackSurveys: unknown[] }>(outsider.token, DOC.surveys, { productId });
      expect(listed.feedbackSurveys).toEqual([]);
    }
    // An audience member sees the survey but not its results.
    expect(codeOf(await call(staff['circ1'].token, DOC.results, { id: survey.id, groupBy: 'NONE' }))).toBe('NOT_FOUND');
    expect(codeOf(await call(staff['circ1'].token, DOC.comments, { id: survey.id }))).toBe('NOT_FOUND');
  });

  it('keeps one response per person, editable while open', async () => {
    await created();
    const first = await answer(staff['circ1'].token, survey.id, 3, 'Slow at peak times');
    expect(first.errors).toBeUndefined();
    const again = await answer(staff['circ1'].token, survey.id, 4, '=HYPERLINK("http://x")', 'More training');
    expect(again.data!.answerFeedbackSurvey.myResponse!.answers).toEqual([
      { questionId: survey.questions[0].id, rating: 4, comment: '=HYPERLINK("http://x")' },
      { questionId: survey.questions[1].id, rating: null, comment: 'More training' },
    ]);
    expect(codeOf(await answer(staff['circ2'].token, survey.id, 6, null))).toBe('BAD_USER_INPUT');
    const managed = await ok<{ feedbackSurvey: Survey }>(pat.token, DOC.survey, { id: survey.id });
    expect(managed.feedbackSurvey.responseCount).toBeNull(); // one response: fewer than five
  });

  it('shows numbers for a group of five and none for a group of four', async () => {
    await answeredByAll();
    const byDepartment = await results(pat.token, survey.id, 'DEPARTMENT');
    expect(byDepartment.minimumGroupSize).toBe(5);
    const rating = byDepartment.questions[0];
    expect(rating.overall).toMatchObject({ responses: 10, suppressed: false, mean: 2.7 });
    const group = (name: string) => rating.groups.find((g) => g.groupName === name)!;
    // Circulation: 4, 2, 3, 4, 5 → mean 3.6.
    expect(group('Circulation')).toEqual({
      groupId: departments['CIRC'],
      groupName: 'Circulation',
      responses: 5,
      suppressed: false,
      mean: 3.6,
      distribution: [0, 1, 1, 2, 1],
      comments: 5,
    });
    for (const name of ['Cataloguing', 'Acquisitions']) {
      expect(group(name)).toEqual({
        groupId: expect.any(String),
        groupName: name,
        responses: null,
        suppressed: true,
        mean: null,
        distribution: null,
        comments: null,
      });
    }
    // By library: East has 4; Main (6) is hidden with it, or East could be worked out from the overall.
    const byLibrary = await results(pat.token, survey.id, 'LIBRARY');
    expect(byLibrary.questions[0].groups.map((g) => [g.groupName, g.suppressed, g.responses])).toEqual([
      ['East Branch', true, null],
      ['Main Library', true, null],
    ]);
    const managed = await ok<{ feedbackSurvey: Survey }>(pat.token, DOC.survey, { id: survey.id });
    expect(managed.feedbackSurvey.responseCount).toBe(10);
  });

  it('lists comments only for groups of five or more, never naming anyone', async () => {
    await answeredByAll();
    const all = (await ok<Comments>(pat.token, DOC.comments, { id: survey.id })).feedbackComments;
    expect(all.suppressed).toBe(false);
    expect(all.total).toBe(11);
    expect(all.items.every((item) => item.respondentName === null)).toBe(true);
    const circ = all.items.find((item) => item.comment === 'Circ comment 2')!;
    expect(circ).toMatchObject({ departmentName: 'Circulation', libraryName: 'Main Library' });
    // A comment from a department of one names only its library (six responses); one from a group of four names neither.
    expect(all.items.find((item) => item.comment === 'Acq comment')).toMatchObject({
      departmentName: null,
      libraryName: 'Main Library',
    });
    expect(all.items.find((item) => item.comment === 'Cat comment 1')).toMatchObject({
      departmentName: null,
      libraryName: null,
    });
    const cataloguing = (
      await ok<Comments>(pat.token, DOC.comments, { id: survey.id, departmentId: departments['CAT'] })
    ).feedbackComments;
    expect(cataloguing).toEqual({ total: 0, suppressed: true, items: [] });
    const searched = (
      await ok<Comments>(pat.token, DOC.comments, {
        id: survey.id,
        departmentId: departments['CIRC'],
        questionId: survey.questions[1].id,
        search: 'training',
      })
    ).feedbackComments;
    expect(searched.items.map((item) => item.comment)).toEqual(['More training']);
  });

  it('ties no answer to a person through any query', async () => {
    await answeredByAll();
    const respondents = Object.values(staff);
    const seen = JSON.stringify([
      await ok(pat.token, DOC.survey, { id: survey.id }),
      await ok(admin, DOC.survey, { id: survey.id }),
      await ok(pat.token, DOC.results, { id: survey.id, groupBy: 'DEPARTMENT' }),
      await ok(pat.token, DOC.results, { id: survey.id, groupBy: 'LIBRARY' }),
      await ok(pat.token, DOC.results, { id: survey.id, groupBy: 'NONE' }),
      await ok(admin, DOC.comments, { id: survey.id }),
      await ok(admin, DOC.surveys, {}),
      await ok(admin, DOC.catalogHistory, { id: productId }),
      await ok(admin, DOC.myWork),
      await ok(staff['circ2'].token, DOC.survey, { id: survey.id }), // another respondent sees only their own
    ]);
    for (const respondent of respondents) {
      if (respondent.name === 'Circ Person 2') continue;
      expect(seen).not.toContain(respondent.name);
      expect(seen).not.toContain(respondent.id);
      expect(seen).not.toContain(respondent.email);
    }
    const circ2 = await ok<{ feedbackSurvey: Survey }>(staff['circ2'].token, DOC.survey, { id: survey.id });
    expect(circ2.feedbackSurvey.myResponse!.answers[0]).toMatchObject({ rating: 2, comment: 'Circ comment 2' });
  });

  it('exports the same numbers and hides the same cells, with formulas written as text', async () => {
    await answeredByAll();
    const csv = await download(pat.token, `/api/feedback-surveys/${survey.id}/results.csv?groupBy=department`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/text\/csv/);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Question,Kind,Grouping,Group,Responses,Mean,Rated 1,Rated 2,Rated 3,Rated 4,Rated 5,Comments,Note',
    );
    expect(lines).toContain('Checking items in and out is fast,Rating,All,All respondents,10,2.7,1,5,1,2,1,10,');
    expect(lines).toContain('Checking items in and out is fast,Rating,Department,Circulation,5,3.6,0,1,1,2,1,5,');
    expect(lines).toContain('Checking items in and out is fast,Rating,Department,Cataloguing,,,,,,,,,fewer than 5');
    const xlsx = await download(pat.token, `/api/feedback-surveys/${survey.id}/results.xlsx?groupBy=department`);
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Results')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const circulation = rows.find((row) => row[2] === 'Department' && row[3] === 'Circulation')!;
    expect(circulation.slice(4, 6)).toEqual([5, 3.6]);
    const cataloguing = rows.find((row) => row[2] === 'Department' && row[3] === 'Cataloguing')!;
    expect(cataloguing[4] ?? null).toBeNull();
    expect(cataloguing[12]).toBe('fewer than 5');
    const comments = await download(
      pat.token,
      `/api/feedback-surveys/${survey.id}/comments.csv?departmentId=${departments['CIRC']}`,
    );
    const text = comments.bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toContain('Cat comment');
    const hidden = await download(
      pat.token,
      `/api/feedback-surveys/${survey.id}/comments.csv?departmentId=${departments['CAT']}`,
    );
    expect(
      hidden.bytes
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
    for (const token of [staff['circ1'].token, team['otto'].token]) {
      expect((await download(token, `/api/feedback-surveys/${survey.id}/results.csv`)).status).toBe(404);
    }
  });

  it('refuses a stale version and new questions once answered', async () => {
    await answeredByAll();
    const { version } = await current();
    const changed = await ok<{ updateFeedbackSurvey: Survey }>(pat.token, DOC.update, {
      input: { id: survey.id, version, description: 'Tell us how it goes.' },
    });
    expect(changed.updateFeedbackSurvey.version).toBe(version + 1);
    const stale = await call(pat.token, DOC.update, {
      input: { id: survey.id, version, title: 'Old' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await call(pat.token, DOC.close, { id: survey.id, version }))).toBe('CONFLICT');
    const questions = await call(pat.token, DOC.update, {
      input: { id: survey.id, version: version + 1, questions: [{ kind: 'TEXT', text: 'New?' }] },
    });
    expect(codeOf(questions)).toBe('BAD_USER_INPUT');
  });

  it('closes: answers are refused and even the person’s own response is gone', async () => {
    expect((await closed()).status).toBe('CLOSED');
    const mine = await ok<{ feedbackSurvey: Survey }>(staff['circ1'].token, DOC.survey, { id: survey.id });
    expect(mine.feedbackSurvey).toMatchObject({ status: 'CLOSED', canAnswer: false, myResponse: null });
    expect(codeOf(await answer(staff['circ1'].token, survey.id, 5, null))).toBe('BAD_USER_INPUT');
    const home = await ok<{ myWork: { feedbackSurveysToAnswer: unknown[] } }>(staff['circ1'].token, DOC.myWork);
    expect(home.myWork.feedbackSurveysToAnswer).toEqual([]);
    expect((await results(pat.token, survey.id, 'NONE')).questions[0].overall.responses).toBe(10);
  });

  it('repeats the survey as a new wave, and shows the waves in time order', async () => {
    const wave = await repeated();
    expect(wave).toMatchObject({ seriesId: survey.seriesId, waveLabel: '6 months', anonymous: true, status: 'OPEN' });
    expect(wave.questions.map((q) => q.text)).toEqual(survey.questions.map((q) => q.text));
    const overTime = (await results(pat.token, wave.id, 'NONE')).questions[0].waves;
    expect(overTime).toEqual([
      {
        surveyId: survey.id,
        waveLabel: '3 months',
        opensAt: expect.any(String),
        responses: 10,
        suppressed: false,
        mean: 2.7,
      },
      {
        surveyId: wave.id,
        waveLabel: '6 months',
        opensAt: expect.any(String),
        responses: null,
        suppressed: true,
        mean: null,
      },
    ]);
    expect(
      codeOf(
        await call(staff['circ1'].token, DOC.repeat, {
          input: { id: survey.id, waveLabel: '9 months', opensAt: minutes(0), closesAt: minutes(60) },
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('stores no link to the person for anonymous answers and writes no audit entry for them', async () => {
    await closed();
    await server.stop();
    const respondents = Object.values(staff)
      .map((s) => `'${s.id}'`)
      .join(', ');
    const named = await sql(
      database,
      `SELECT count(*)::int AS n FROM feedback_response WHERE respondent_id IS NOT NULL`,
    );
    expect(named[0]['n']).toBe(0);
    const keys = await sql(
      database,
      `SELECT count(*)::int AS n FROM feedback_response WHERE survey_id = '${survey.id}' AND respondent_key IS NOT NULL`,
    );
    expect(keys[0]['n']).toBe(0);
    const audited = await sql(
      database,
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_id IN (${respondents}) AND object_type <> 'user'`,
    );
    expect(audited[0]['n']).toBe(0);
    server = await startServer({ database, sqlLog: true });
  });

  it('holds the roles of an evaluation survey on every operation', async () => {
    await evaluationSurvey();
    const [lia, ada, dan, vic, otto] = ['lia', 'ada', 'dan', 'vic', 'otto'].map((key) => team[key].token);
    const view = async (token: string) =>
      call<{ feedbackSurvey: Survey }>(token, DOC.survey, { id: EVALUATION_SURVEY });
    expect((await view(admin)).data!.feedbackSurvey.canManage).toBe(true);
    expect((await view(lia)).data!.feedbackSurvey.canManage).toBe(true);
    expect((await view(dan)).data!.feedbackSurvey.canManage).toBe(false);
    for (const token of [ada, vic, otto]) expect(codeOf(await view(token))).toBe('NOT_FOUND');

    for (const token of [admin, lia, dan]) {
      expect((await call(token, DOC.results, { id: EVALUATION_SURVEY, groupBy: 'DEPARTMENT' })).errors).toBeUndefined();
      expect((await call(token, DOC.comments, { id: EVALUATION_SURVEY })).errors).toBeUndefined();
      const listed = await ok<{ feedbackSurveys: { id: string }[] }>(token, DOC.surveys, { evaluationId });
      expect(listed.feedbackSurveys.map((s) => s.id)).toEqual([EVALUATION_SURVEY]);
    }
    for (const token of [ada, vic, otto]) {
      expect(codeOf(await call(token, DOC.results, { id: EVALUATION_SURVEY, groupBy: 'DEPARTMENT' }))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await call(token, DOC.comments, { id: EVALUATION_SURVEY }))).toBe('NOT_FOUND');
      expect((await ok<{ feedbackSurveys: unknown[] }>(token, DOC.surveys, { evaluationId })).feedbackSurveys).toEqual(
        [],
      );
    }
    const update = (token: string, version: number) =>
      call<{ updateFeedbackSurvey: Survey }>(token, DOC.update, {
        input: { id: EVALUATION_SURVEY, version, title: 'Renamed' },
      });
    expect(codeOf(await update(dan, 1))).toBe('FORBIDDEN');
    expect(codeOf(await call(dan, DOC.close, { id: EVALUATION_SURVEY, version: 1 }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await call(dan, DOC.repeat, {
          input: { id: EVALUATION_SURVEY, waveLabel: 'Again', opensAt: minutes(60), closesAt: minutes(120) },
        }),
      ),
    ).toBe('FORBIDDEN');
    for (const token of [ada, vic, otto]) {
      expect(codeOf(await update(token, 1))).toBe('NOT_FOUND');
      expect(codeOf(await call(token, DOC.close, { id: EVALUATION_SURVEY, version: 1 }))).toBe('NOT_FOUND');
    }
    expect((await update(lia, 1)).data!.updateFeedbackSurvey.version).toBe(2);

    // Creating one needs the lead, and a decision that chose a product.
    const input = {
      evaluationId,
      title: 'Again',
      opensAt: minutes(0),
      closesAt: minutes(60),
      questions: [{ kind: 'RATING', text: 'Overall satisfaction' }],
    };
    expect(codeOf(await call(lia, DOC.create, { input }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(admin, DOC.create, { input }))).toBe('BAD_USER_INPUT');
    for (const token of [ada, dan, vic]) expect(codeOf(await call(token, DOC.create, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call(otto, DOC.create, { input }))).toBe('NOT_FOUND');
    for (const token of [ada, dan, vic, otto]) {
      expect(codeOf(await call(token, DOC.create, { input: { ...input, evaluationId: undefined, productId } }))).toBe(
        'NOT_FOUND',
      );
    }
  });

  it('shows a named survey’s answers by name, and every group however small', async () => {
    await evaluationSurvey();
    const question = (await ok<{ feedbackSurvey: Survey }>(admin, DOC.survey, { id: EVALUATION_SURVEY })).feedbackSurvey
      .questions[0];
    await ok(staff['circ3'].token, DOC.answer, {
      input: { surveyId: EVALUATION_SURVEY, answers: [{ questionId: question.id, rating: 4, comment: 'Much better' }] },
    });
    const byDepartment = await results(team['dan'].token, EVALUATION_SURVEY, 'DEPARTMENT');
    expect(byDepartment.questions[0].groups).toEqual([
      expect.objectContaining({ groupName: 'Circulation', responses: 1, suppressed: false, mean: 4 }),
    ]);
    const comments = (await ok<Comments>(team['lia'].token, DOC.comments, { id: EVALUATION_SURVEY })).feedbackComments;
    expect(comments.items).toEqual([
      expect.objectContaining({ comment: 'Much better', respondentName: 'Circ Person 3' }),
    ]);
    const mine = await ok<{ feedbackSurvey: Survey }>(staff['circ3'].token, DOC.survey, { id: EVALUATION_SURVEY });
    expect(mine.feedbackSurvey.myResponse!.answers[0].rating).toBe(4);
  });

  it('erases the respondent keys of a survey closed by its date, on the next read', async () => {
    const wave = await repeated();
    const before = await ok<{ feedbackSurvey: Survey }>(staff['circ1'].token, DOC.survey, { id: wave.id });
    expect(before.feedbackSurvey.myResponse).not.toBeNull();
    await server.stop();
    await sql(database, `UPDATE feedback_survey SET closes_at = now() - interval '1 second' WHERE id = '${wave.id}'`);
    const held = await sql(
      database,
      `SELECT count(*)::int AS n FROM feedback_response WHERE survey_id = '${wave.id}' AND respondent_key IS NOT NULL`,
    );
    expect(held[0]['n']).toBe(1);
    server = await startServer({ database, sqlLog: true });
    const after = await ok<{ feedbackSurvey: Survey }>(staff['circ1'].token, DOC.survey, { id: wave.id });
    expect(after.feedbackSurvey).toMatchObject({ status: 'CLOSED', myResponse: null });
    await server.stop();
    const left = await sql(
      database,
      `SELECT count(*)::int AS n FROM feedback_response WHERE respondent_key IS NOT NULL`,
    );
    expect(left[0]['n']).toBe(0);
    server = await startServer({ database, sqlLog: true });
  });

  it('reads a fixed number of statements for the surveys on a home page and in a list, however many', async () => {
    /** An open survey of the product for Circulation, answered by Circ Person 2. */
    const answered = async (title: string, anonymous: boolean) => {
      const made = await ok<{ createFeedbackSurvey: Survey }>(pat.token, DOC.create, {
        input: {
          productId,
          title,
          anonymous,
          opensAt: minutes(-10),
          closesAt: minutes(60),
          departmentIds: [departments['CIRC']],
          waveLabel: title,
          questions: [{ kind: 'RATING', text: 'Renewals are easy' }],
        },
      });
      const { id, questions } = made.createFeedbackSurvey;
      await ok(staff['circ2'].token, DOC.answer, {
        input: { surveyId: id, answers: [{ questionId: questions[0].id, rating: 4 }] },
      });
      return id;
    };
    const statements = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const before = server.statements().length;
      const data = await ok<Record<string, Survey[] | { feedbackSurveysToAnswer: Survey[] }>>(token, query, variables);
      return { count: server.statements().length - before, data };
    };
    const home = async () => {
      const { count, data } = await statements(staff['circ2'].token, DOC.myWork);
      return { count, surveys: (data['myWork'] as { feedbackSurveysToAnswer: Survey[] }).feedbackSurveysToAnswer };
    };
    const list = async () => {
      const { count, data } = await statements(pat.token, DOC.surveys, { productId });
      return { count, surveys: data['feedbackSurveys'] as Survey[] };
    };

    const first = await answered('Renewals, first look', true);
    const [homeBefore, listBefore] = [await home(), await list()];
    const more = [await answered('Renewals, named', false), await answered('Renewals, anonymous', true)];
    const [homeAfter, listAfter] = [await home(), await list()];

    expect(homeAfter.surveys.length).toBe(homeBefore.surveys.length + 2);
    for (const id of [first, ...more]) {
      expect(homeAfter.surveys.find((shown) => shown.id === id)?.myResponse?.answers).toEqual([{ rating: 4 }]);
    }
    expect(listAfter.surveys.length).toBe(listBefore.surveys.length + 2);
    expect(homeAfter.count).toBe(homeBefore.count);
    expect(listAfter.count).toBe(listBefore.count);
  });
});
