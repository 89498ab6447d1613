import {
  approvedRequirement,
  CatalogueInput,
  createDepartment,
  createTeamWithCandidates,
  CriterionInput,
  CriterionView,
  draftRubric,
  moveToScoring,
  Person,
  saveCriterion,
  TeamMember,
} from '../../api/support/fixtures';
import { RunningServer } from '../../api/support/server';

export interface ScoringEvaluation {
  departmentId: string;
  evaluationId: string;
  /** Each person of the team, by key; their e-mail address is `<key>.<suffix>@e2e.test`. */
  people: Record<string, Person>;
  /** The shortlisted candidates' ids, in the order of the catalogue's products. */
  candidates: string[];
  /** The one approved requirement, which a criterion may cover. */
  requirementId: string;
  /** The draft rubric version, empty, for the test to fill before a round opens on it. */
  rubricVersionId: string;
  /** Adds (or, with `id`, edits) a criterion of the draft version; returns the version's criteria after it. */
  saveCriterion: (input: Omit<CriterionInput, 'rubricVersionId'>) => Promise<CriterionView[]>;
}

/**
 * What a browser test of scoring starts from, made through the API by the administrator (its
 * lead): a department, a team of people who sign in with `password`, the catalogue's products
 * shortlisted, one approved requirement in the department, the evaluation moved to SCORING and
 * its first rubric version drafted.
 */
export async function scoringEvaluation(
  server: RunningServer,
  adminToken: string,
  options: {
    title: string;
    /** Makes the e-mail addresses of this run unique. */
    suffix: string;
    password: string;
    team: TeamMember[];
    catalogue: CatalogueInput;
    requirement: string;
  },
): Promise<ScoringEvaluation> {
  const departmentId = await createDepartment(server, adminToken, 'CIRC', 'Circulation');
  const { evaluationId, people, candidates } = await createTeamWithCandidates(
    server,
    adminToken,
    options.title,
    departmentId,
    options.team,
    options.catalogue,
    { tag: options.suffix, password: options.password },
  );
  const requirement = await approvedRequirement(server, adminToken, {
    evaluationId,
    departmentId,
    title: options.requirement,
  });
  await moveToScoring(server, adminToken, evaluationId);
  const rubricVersionId = (await draftRubric(server, adminToken, evaluationId)).id;
  return {
    departmentId,
    evaluationId,
    people,
    candidates,
    requirementId: requirement.id,
    rubricVersionId,
    saveCriterion: (input) => saveCriterion(server, adminToken, { rubricVersionId, ...input }),
  };
}
