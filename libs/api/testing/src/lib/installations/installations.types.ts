import { InstallationKindValue } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TestPerson } from '../plans/plans.types';
import { TestRun } from '../runs/runs.types';

export const InstallationKindEnum = {
  INITIAL: 'initial',
  PATCH: 'patch',
  HOTFIX: 'hotfix',
  SERVICE_PACK: 'service_pack',
  UPGRADE: 'upgrade',
} as const;
registerEnumType(InstallationKindEnum, {
  name: 'InstallationKind',
  description:
    'What an installation put in place: the first installation, a patch, a hot fix, a service pack or an upgrade.',
});

@ObjectType({
  description:
    'One entry of a product in use’s installation record: a version installed on a day, by whom, and the run that accepted it.',
})
export class Installation {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field(() => ID) productVersionId!: string;
  @Field({ description: 'The version installed, e.g. 3.14.2.' }) productVersionName!: string;
  @Field(() => InstallationKindEnum) kind!: InstallationKindValue;
  @Field({ description: 'The day it was installed, YYYY-MM-DD.' }) installedOn!: string;
  @Field(() => TestPerson, { nullable: true, description: 'Who applied it.' }) appliedBy!: TestPerson | null;
  @Field(() => TestRun, {
    nullable: true,
    description:
      'The run that accepted it (a run of one of the product’s plans, on the version installed), with its counts.',
  })
  acceptingRun!: TestRun | null;
  @Field(() => String, { nullable: true, description: 'The name of the accepting run’s plan.' }) acceptingPlanName!:
    string | null;
  @Field() notes!: string;
  @Field() isDemo!: boolean;
  @Field(() => TestPerson, { nullable: true }) createdBy!: TestPerson | null;
  @Field(() => TestPerson, { nullable: true }) updatedBy!: TestPerson | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
}
