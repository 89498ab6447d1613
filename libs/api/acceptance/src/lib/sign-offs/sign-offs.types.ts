import { AcceptanceVerdict, SignOffRole } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AcceptanceVerdictEnum } from '../verdicts/verdicts.types';

export const SignOffRoleEnum = {
  LEAD: 'lead',
  DEPARTMENT_HEAD: 'department_head',
  DIRECTOR: 'director',
} as const satisfies Record<string, SignOffRole>;
registerEnumType(SignOffRoleEnum, {
  name: 'SignOffRole',
  description: 'The role a verdict is signed as: the lead, a department head (for their department) or a director.',
});

@ObjectType({ description: 'A named role’s signature on a candidate’s acceptance verdict.' })
export class SignOff {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) signerId!: string;
  @Field(() => String, { nullable: true }) signerName!: string | null;
  @Field(() => SignOffRoleEnum) role!: SignOffRole;
  @Field(() => ID, { nullable: true, description: 'The department a department head signed for.' })
  departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => AcceptanceVerdictEnum, { description: 'The verdict as it was when signed.' })
  verdict!: AcceptanceVerdict;
  @Field({ description: 'The fingerprint of the evidence signed (CandidateAcceptance.fingerprint at the time).' })
  fingerprint!: string;
  @Field({ description: 'True when the evidence has changed since: the verdict needs signing again.' })
  outdated!: boolean;
  @Field() comment!: string;
  @Field(() => GraphQLISODateTime) signedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A role the person asking may sign a verdict as in this evaluation.' })
export class SignOffCapacity {
  @Field(() => SignOffRoleEnum) role!: SignOffRole;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
}
