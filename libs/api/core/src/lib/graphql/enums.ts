import { GlobalRole, VerificationMethod } from '@assay/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums: conventional upper-case names outside, the domain's values inside. */
export const GlobalRoleEnum = { ADMIN: GlobalRole.Admin, USER: GlobalRole.User } as const;
registerEnumType(GlobalRoleEnum, {
  name: 'GlobalRole',
  description: 'Organisation-wide role. Per-evaluation roles are held through evaluation membership.',
});

/**
 * How a case went in a run. Here rather than with testing's types because other features show
 * results too (a defect's linked results).
 */
export const TestResultStatusEnum = {
  UNTESTED: 'untested',
  PASSED: 'passed',
  FAILED: 'failed',
  BLOCKED: 'blocked',
  SKIPPED: 'skipped',
  RETEST: 'retest',
} as const;
registerEnumType(TestResultStatusEnum, { name: 'TestResultStatus' });

/** A requirement's MoSCoW priority; here because requirements and acceptance both filter by it. */
export const PriorityEnum = { MUST: 'must', SHOULD: 'should', COULD: 'could', WONT: 'wont' } as const;
registerEnumType(PriorityEnum, { name: 'Priority', description: 'MoSCoW: must, should, could, won’t (this time).' });

export const VerificationMethodEnum = {
  TEST: 'test',
  DEMONSTRATION: 'demonstration',
  INSPECTION: 'inspection',
  VENDOR_STATEMENT: 'vendor_statement',
  REFERENCE_CHECK: 'reference_check',
} as const satisfies Record<string, VerificationMethod>;
registerEnumType(VerificationMethodEnum, {
  name: 'VerificationMethod',
  description: 'How meeting a requirement will be shown, so the evidence gathered later knows what counts.',
  valuesMap: {
    TEST: { description: 'Test' },
    DEMONSTRATION: { description: 'Demonstration' },
    INSPECTION: { description: 'Inspection of documentation' },
    VENDOR_STATEMENT: { description: 'Vendor statement' },
    REFERENCE_CHECK: { description: 'Reference check' },
  },
});

/** A role held in an evaluation; here because the home page (core) names the roles a person holds too. */
export const EvaluationRoleEnum = {
  LEAD: 'lead',
  DEPARTMENT_HEAD: 'department_head',
  EVALUATOR: 'evaluator',
  TESTER: 'tester',
  DIRECTOR: 'director',
  VIEWER: 'viewer',
} as const;
registerEnumType(EvaluationRoleEnum, { name: 'EvaluationRole' });
