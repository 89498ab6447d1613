import { GlobalRole } from '@assay/domain';
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
