import { GlobalRole } from '@assay/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums: conventional upper-case names outside, the domain's values inside. */
export const GlobalRoleEnum = { ADMIN: GlobalRole.Admin, USER: GlobalRole.User } as const;
registerEnumType(GlobalRoleEnum, {
  name: 'GlobalRole',
  description: 'Organisation-wide role. Per-evaluation roles are held through evaluation membership.',
});
