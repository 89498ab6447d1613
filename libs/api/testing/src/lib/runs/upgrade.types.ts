import { TestResultStatus } from '@assay/api/data';
import { TestResultStatusEnum } from '@assay/api/core';
import { UpgradeCategory } from '@assay/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TestRun } from './runs.types';

export const UpgradeCategoryEnum = {
  NEWLY_FAILING: 'NEWLY_FAILING',
  NEWLY_PASSING: 'NEWLY_PASSING',
  NOT_RUN_IN_ONE: 'NOT_RUN_IN_ONE',
  UNCHANGED: 'UNCHANGED',
  NEW_CASE: 'NEW_CASE',
  NOT_RUN_IN_BOTH: 'NOT_RUN_IN_BOTH',
} as const satisfies Record<UpgradeCategory, UpgradeCategory>;
registerEnumType(UpgradeCategoryEnum, {
  name: 'UpgradeCategory',
  description:
    'How a case (or a requirement, by its cases) changed from run A to run B, worst first: NEWLY_FAILING (passed in A, failed in B), NEWLY_PASSING, NOT_RUN_IN_ONE (executed in one run only), UNCHANGED (passed in both, or still failing), NEW_CASE (added to the plan after A was made), NOT_RUN_IN_BOTH.',
});

@ObjectType({ description: 'How many cases or requirements fall in each category.' })
export class UpgradeCounts {
  @Field(() => Int) newlyFailing!: number;
  @Field(() => Int) newlyPassing!: number;
  @Field(() => Int) notRunInOne!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) newCase!: number;
  @Field(() => Int) notRunInBoth!: number;
}

@ObjectType({ description: 'One case of the plan in the two runs.' })
export class UpgradeCaseRow {
  @Field(() => ID) caseId!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => UpgradeCategoryEnum) category!: UpgradeCategory;
  @Field(() => TestResultStatusEnum, { nullable: true, description: 'Null: run A left the case out.' })
  statusA!: TestResultStatus | null;
  @Field(() => TestResultStatusEnum, { nullable: true, description: 'Null: run B left the case out.' })
  statusB!: TestResultStatus | null;
  @Field(() => ID, { nullable: true }) resultIdA!: string | null;
  @Field(() => ID, { nullable: true }) resultIdB!: string | null;
  @Field(() => [String], { description: 'The codes of the requirements the case verifies.' })
  requirementCodes!: string[];
}

@ObjectType({ description: 'One requirement, rolled up from its cases (see UpgradeCategory).' })
export class UpgradeRequirementRow {
  @Field(() => ID) requirementId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => UpgradeCategoryEnum) category!: UpgradeCategory;
  @Field(() => [String], { description: 'Keys of its cases newly failing in B.' }) newlyFailingKeys!: string[];
  @Field(() => [String], { description: 'Keys of all its cases in the plan.' }) caseKeys!: string[];
}

@ObjectType({
  description:
    'The acceptance view of a patch or upgrade: the plan’s cases in run A (the current version, or the earlier build) against run B (the next).',
})
export class UpgradeComparison {
  @Field(() => TestRun) runA!: TestRun;
  @Field(() => TestRun) runB!: TestRun;
  @Field(() => UpgradeCounts) caseCounts!: UpgradeCounts;
  @Field(() => UpgradeCounts) requirementCounts!: UpgradeCounts;
  @Field(() => [UpgradeCaseRow], { description: 'Worst first, then by key; only the categories asked for.' })
  cases!: UpgradeCaseRow[];
  @Field(() => Int, { description: 'Cases in the categories asked for, before paging.' }) casesTotal!: number;
  @Field(() => [UpgradeRequirementRow], { description: 'Worst first, then by code.' })
  requirements!: UpgradeRequirementRow[];
}
