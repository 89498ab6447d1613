/**
 * What a vendor claimed about each requirement (its answer to the RFP), read from its answer sheet
 * and set beside what the evaluation verified. A claim is kept apart from the evidence: it never
 * verifies anything; it only shows where the vendor said more than the tests and scores found.
 */
import { headerKey, MoscowPriority, REQUIREMENT_CODE } from '../requirements-import';
import { isMandatoryRequirement, RequirementEvidence } from './requirement-evidence';

/** The compliance scale of an RFP answer, best first, as stored on `vendor_claim.claim`. */
export type VendorClaimLevel = 'out_of_the_box' | 'configuration' | 'customisation' | 'roadmap' | 'not_met';
export const VENDOR_CLAIM_LEVELS: readonly VendorClaimLevel[] = [
  'out_of_the_box',
  'configuration',
  'customisation',
  'roadmap',
  'not_met',
];
export const VENDOR_CLAIM_LABELS: Readonly<Record<VendorClaimLevel, string>> = {
  out_of_the_box: 'Out of the box',
  configuration: 'Configuration',
  customisation: 'Customisation',
  roadmap: 'Roadmap',
  not_met: 'Not met',
};

/** Claims that say the requirement is met by the product as delivered: the ones a test or score can contradict. */
export const CLAIMS_OF_COMPLIANCE: readonly VendorClaimLevel[] = ['out_of_the_box', 'configuration'];

export const VENDOR_CLAIM_COMMENT_MAX = 5_000;

/** The words RFP answer sheets use for each level, compared after headerKey. */
const CLAIM_WORDS: Record<VendorClaimLevel, string[]> = {
  out_of_the_box: [
    'out of the box',
    'out of box',
    'ootb',
    'oob',
    'standard',
    'yes',
    'y',
    'fully compliant',
    'compliant',
    'full',
    'met',
    'meets',
    'available',
    'fc',
    'supported',
  ],
  configuration: [
    'configuration',
    'configurable',
    'config',
    'by configuration',
    'with configuration',
    'cfg',
    'configure',
  ],
  customisation: [
    'customisation',
    'customization',
    'custom',
    'customise',
    'customize',
    'development',
    'custom development',
    'partially compliant',
    'partial',
    'pc',
    'third party',
  ],
  roadmap: ['roadmap', 'on the roadmap', 'future', 'future release', 'planned', 'road map', 'rm'],
  not_met: ['not met', 'no', 'n', 'not compliant', 'non compliant', 'not available', 'not supported', 'nc', 'none'],
};

const CLAIM_LOOKUP = new Map<string, VendorClaimLevel>(
  (Object.entries(CLAIM_WORDS) as [VendorClaimLevel, string[]][]).flatMap(([level, words]) =>
    words.map((word) => [word, level] as const),
  ),
);

/** "Out of the box", "OOTB", "Configurable", "Customization", "Roadmap", "No"… → the level. Null when unrecognised. */
export function parseVendorClaim(value: string): VendorClaimLevel | null {
  return CLAIM_LOOKUP.get(headerKey(value)) ?? null;
}

/** A calendar date written YYYY-MM-DD (how workbooks' date cells are read too), or null. */
export function parseClaimDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value.trim() ? value.trim() : null;
}

/**
 * The rules of one claim, for a hand-entered one and a sheet's row alike: a roadmap claim names the
 * date the vendor promised; any other claim has none. Returns the problems ([] when it is right).
 */
export function claimProblems(claim: VendorClaimLevel, roadmapDate: string | null, comment: string): string[] {
  const problems: string[] = [];
  if (claim === 'roadmap' && !roadmapDate)
    problems.push('A roadmap claim needs the date the vendor promised (YYYY-MM-DD).');
  if (claim !== 'roadmap' && roadmapDate)
    problems.push(`Only a roadmap claim has a date; this one is "${VENDOR_CLAIM_LABELS[claim]}".`);
  if (comment.length > VENDOR_CLAIM_COMMENT_MAX)
    problems.push(`The comment is ${comment.length} characters; at most ${VENDOR_CLAIM_COMMENT_MAX}.`);
  return problems;
}

// ---- the answer sheet ----------------------------------------------------------------------

export type VendorClaimField = 'requirement' | 'claim' | 'roadmapDate' | 'comment';

/** The columns Assay names them, in order. */
export const VENDOR_CLAIM_COLUMNS: readonly { field: VendorClaimField; header: string; required: boolean }[] = [
  { field: 'requirement', header: 'Requirement code', required: true },
  { field: 'claim', header: 'Compliance', required: true },
  { field: 'roadmapDate', header: 'Roadmap date', required: false },
  { field: 'comment', header: 'Comment', required: false },
];

/** Header names seen in vendors' RFP answer sheets, compared after headerKey. */
const CLAIM_SYNONYMS: Record<VendorClaimField, string[]> = {
  requirement: [
    'requirement code',
    'code',
    'req id',
    'requirement id',
    'req',
    'req no',
    'requirement number',
    'requirement ref',
    'ref',
    'reference',
    'id',
  ],
  claim: [
    'compliance',
    'claim',
    'response',
    'vendor response',
    'answer',
    'compliance level',
    'compliant',
    'compliance code',
    'meets requirement',
    'availability',
  ],
  roadmapDate: ['roadmap date', 'available from', 'availability date', 'release date', 'planned date', 'date'],
  comment: ['comment', 'comments', 'vendor comment', 'remarks', 'notes', 'explanation', 'details'],
};

export interface VendorClaimColumn {
  /** 0-based column index in the file. */
  index: number;
  header: string;
  /** The field the column fills, or null when it is ignored. */
  field: VendorClaimField | null;
}

/** Maps each header to a field; the first column for a field wins and a second is a problem. */
export function mapVendorClaimColumns(headers: readonly string[]): {
  columns: VendorClaimColumn[];
  problems: string[];
} {
  const lookup = new Map<string, VendorClaimField>();
  for (const [field, names] of Object.entries(CLAIM_SYNONYMS) as [VendorClaimField, string[]][])
    for (const name of names) lookup.set(name, field);
  const label = (field: VendorClaimField) => VENDOR_CLAIM_COLUMNS.find((c) => c.field === field)?.header ?? field;
  const used = new Map<VendorClaimField, string>();
  const problems: string[] = [];
  const columns = headers.map((header, index) => {
    const field = lookup.get(headerKey(header)) ?? null;
    if (field && used.has(field)) {
      problems.push(
        `Columns "${used.get(field)}" and "${header}" both look like ${label(field)}; rename or remove one.`,
      );
      return { index, header, field: null };
    }
    if (field) used.set(field, header);
    return { index, header, field };
  });
  for (const column of VENDOR_CLAIM_COLUMNS.filter((c) => c.required && !used.has(c.field))) {
    const examples = CLAIM_SYNONYMS[column.field].slice(0, 3).map((s) => `"${s}"`);
    problems.push(`No column for ${column.header}. Expected a header such as ${examples.join(', ')}.`);
  }
  return { columns, problems };
}

export interface VendorClaimRow {
  /** The requirement's code, upper case, as the evaluation has it. */
  requirementCode: string;
  claim: VendorClaimLevel;
  roadmapDate: string | null;
  comment: string;
}

export interface VendorClaimProblem {
  /** Line number in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  field: VendorClaimField | null;
  message: string;
}

/**
 * Checks one row of an answer sheet. `cells` are the row's values by field (missing cells are
 * blank); `requirementCodes` are the evaluation's codes (upper case); `seen` holds the codes of
 * earlier rows (a requirement answered twice is a problem on the second line).
 */
export function readVendorClaimRow(
  cells: Partial<Record<VendorClaimField, string>>,
  line: number,
  context: { requirementCodes: ReadonlySet<string>; seen: Map<string, number> },
): { row: VendorClaimRow | null; problems: VendorClaimProblem[] } {
  const problems: VendorClaimProblem[] = [];
  const cell = (field: VendorClaimField) => (cells[field] ?? '').trim();
  const problem = (field: VendorClaimField | null, message: string) => problems.push({ line, field, message });

  const code = cell('requirement').toUpperCase();
  if (!code) problem('requirement', 'The requirement code is missing.');
  else if (!REQUIREMENT_CODE.test(code) || !context.requirementCodes.has(code))
    problem('requirement', `The evaluation has no requirement ${cell('requirement')}.`);
  else if (context.seen.has(code))
    problem('requirement', `Requirement ${code} is answered twice (also on line ${context.seen.get(code)}).`);
  else context.seen.set(code, line);

  const claimText = cell('claim');
  const claim = claimText ? parseVendorClaim(claimText) : null;
  if (!claimText) problem('claim', 'The compliance is missing.');
  else if (!claim)
    problem(
      'claim',
      `"${claimText}" is not a compliance level; use ${VENDOR_CLAIM_LEVELS.map((l) => VENDOR_CLAIM_LABELS[l]).join(', ')}.`,
    );

  const dateText = cell('roadmapDate');
  const roadmapDate = dateText ? parseClaimDate(dateText) : null;
  if (dateText && !roadmapDate) problem('roadmapDate', `"${dateText}" is not a date; write it as YYYY-MM-DD.`);

  const comment = cell('comment');
  if (claim) {
    for (const message of claimProblems(claim, roadmapDate, comment)) {
      problem(message.startsWith('The comment') ? 'comment' : 'roadmapDate', message);
    }
  }
  if (problems.length > 0 || !claim) return { row: null, problems };
  return { row: { requirementCode: code, claim, roadmapDate, comment }, problems };
}

// ---- claims against the evidence ----------------------------------------------------------

/**
 * Why a claim of compliance is in doubt, worst first: the requirement failed its verification (a
 * failing test, or a rejected demonstration), its rubric criterion scored 0 for the candidate, or
 * nothing verified it yet.
 */
export type VendorClaimDisagreementKind = 'failed' | 'scored_zero' | 'unverified';
export const VENDOR_CLAIM_DISAGREEMENT_KINDS: readonly VendorClaimDisagreementKind[] = [
  'failed',
  'scored_zero',
  'unverified',
];

export interface VendorClaimRequirement {
  id: string;
  code: string;
  priority: MoscowPriority;
  mandatory: boolean;
}

export interface VendorClaimInput {
  requirementId: string;
  claim: VendorClaimLevel;
}

/** A criterion's score for the candidate and the requirements it covers. */
export interface ClaimCriterionScore {
  criterionId: string;
  requirementIds: readonly string[];
  /** The criterion's score (see criterionScore); null when nobody scored it. */
  value: number | null;
}

export interface VendorClaimDisagreement {
  requirementId: string;
  claim: VendorClaimLevel;
  /** Every reason the claim is in doubt, worst first; `kinds[0]` ranks it. */
  kinds: VendorClaimDisagreementKind[];
  /** The failing cases (for `failed` by test), else the cases not run yet. */
  caseIds: string[];
  /** The criteria covering the requirement that scored 0. */
  criterionIds: string[];
}

/**
 * A criterion's score for one candidate in a revealed round: the consensus where the evaluators set
 * one, else the mean of the scores given (a blank is not a zero); null when nobody scored it.
 */
export function criterionScore(consensus: number | null, values: readonly (number | null)[]): number | null {
  if (consensus !== null) return consensus;
  const given = values.filter((v): v is number => v !== null);
  return given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
}

const PRIORITY_RANK: Record<MoscowPriority, number> = { must: 0, should: 1, could: 2, wont: 3 };

/**
 * The claims of compliance (out of the box, configuration) the evaluation does not bear out, worst
 * first: by the worst reason (failed, then scored 0, then unverified), then out of the box before
 * configuration (the stronger promise), then mandatory requirements before the others, then by
 * priority, then by code. A claim of customisation, roadmap or not met promises nothing a test
 * could contradict, and a verified requirement with no zero score agrees with its claim.
 */
export function vendorClaimDisagreements(input: {
  requirements: readonly VendorClaimRequirement[];
  claims: readonly VendorClaimInput[];
  /** Each requirement's evidence for the candidate (see requirementEvidence). */
  evidence: ReadonlyMap<string, RequirementEvidence>;
  scores: readonly ClaimCriterionScore[];
}): VendorClaimDisagreement[] {
  const byId = new Map(input.requirements.map((r) => [r.id, r]));
  const zeroCriteria = new Map<string, string[]>();
  for (const score of input.scores) {
    if (score.value !== 0) continue;
    for (const id of score.requirementIds) zeroCriteria.set(id, [...(zeroCriteria.get(id) ?? []), score.criterionId]);
  }
  const found: (VendorClaimDisagreement & { requirement: VendorClaimRequirement })[] = [];
  for (const claim of input.claims) {
    const requirement = byId.get(claim.requirementId);
    if (!requirement || !CLAIMS_OF_COMPLIANCE.includes(claim.claim)) continue;
    const evidence = input.evidence.get(requirement.id) ?? { state: 'uncovered', caseIds: [] };
    const criterionIds = zeroCriteria.get(requirement.id) ?? [];
    const kinds: VendorClaimDisagreementKind[] = [];
    if (evidence.state === 'failed') kinds.push('failed');
    if (criterionIds.length) kinds.push('scored_zero');
    if (evidence.state === 'not_verified' || evidence.state === 'uncovered') kinds.push('unverified');
    if (kinds.length === 0) continue;
    found.push({
      requirementId: requirement.id,
      claim: claim.claim,
      kinds,
      caseIds: evidence.state === 'verified' ? [] : evidence.caseIds,
      criterionIds,
      requirement,
    });
  }
  const rank = (d: (typeof found)[number]) => [
    VENDOR_CLAIM_DISAGREEMENT_KINDS.indexOf(d.kinds[0]),
    CLAIMS_OF_COMPLIANCE.indexOf(d.claim),
    isMandatoryRequirement(d.requirement) ? 0 : 1,
    PRIORITY_RANK[d.requirement.priority],
  ];
  return found
    .sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return a.requirement.code < b.requirement.code ? -1 : a.requirement.code > b.requirement.code ? 1 : 0;
    })
    .map(({ requirement: _requirement, ...disagreement }) => disagreement);
}
