import { TestResultStatusEnum } from '@assay/api/core';
import { TestResultStatus, TestRunStatus } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TestCaseVersion } from '../cases/cases.types';
import { TestPerson } from '../plans/plans.types';

export const TestRunStatusEnum = { OPEN: 'open', CLOSED: 'closed' } as const;
registerEnumType(TestRunStatusEnum, { name: 'TestRunStatus', description: 'CLOSED: read-only.' });

// Registered in core: other features show results too.
export { TestResultStatusEnum };

@ObjectType({ description: 'How many of a run’s cases are in each state.' })
export class TestRunProgress {
  @Field(() => Int) total!: number;
  @Field(() => Int) untested!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) blocked!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) retest!: number;
}

@ObjectType({ description: 'One execution of a plan against one product version in one environment.' })
export class TestRun {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true, description: 'Evaluation plans: the candidate tested.' }) candidateId!:
    string | null;
  @Field(() => ID) productVersionId!: string;
  @Field({ description: 'The product tested, e.g. Koha.' }) productName!: string;
  @Field({ description: 'Its version, e.g. 24.11.' }) productVersionName!: string;
  @Field({ description: 'Where it ran, e.g. "Koha 24.11 vendor sandbox".' }) environment!: string;
  @Field() buildLabel!: string;
  @Field(() => TestRunStatusEnum) status!: TestRunStatus;
  @Field(() => [TestPerson], { description: 'The people assigned to execute it.' }) testers!: TestPerson[];
  @Field(() => TestRunProgress) progress!: TestRunProgress;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => TestPerson, { nullable: true }) closedBy!: TestPerson | null;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
}

@ObjectType({ description: 'How one step went.' })
export class TestStepResult {
  @Field(() => TestResultStatusEnum) status!: TestResultStatus;
  @Field() actual!: string;
}

@ObjectType({ description: 'How one case went in one run, with the version of the case it ran.' })
export class TestResult {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseKey!: string;
  @Field(() => Int) caseNumber!: number;
  @Field(() => TestCaseVersion, { description: 'The case as it was run (or, untested, as it will be).' })
  caseVersion!: TestCaseVersion;
  @Field(() => Int, {
    description: 'The number of the case’s current version: above caseVersion.number when the case was edited since.',
  })
  caseCurrentVersion!: number;
  @Field(() => TestResultStatusEnum) status!: TestResultStatus;
  @Field() actualResult!: string;
  @Field(() => [TestStepResult]) stepResults!: TestStepResult[];
  @Field(() => TestPerson, { nullable: true }) tester!: TestPerson | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) executedAt!: Date | null;
  @Field(() => Int, { nullable: true }) durationSeconds!: number | null;
  @Field(() => String, { nullable: true, description: 'Imported results: the kind of failure.' }) failureKind!:
    string | null;
  @Field(() => String, { nullable: true }) failureMessage!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when recording.' }) version!: number;
}

@ObjectType()
export class TestResultPage {
  @Field(() => [TestResult]) items!: TestResult[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'One case in one run of the comparison: its status there, null when the run left it out.' })
export class TestComparisonCell {
  @Field(() => ID) runId!: string;
  @Field(() => ID, { nullable: true }) resultId!: string | null;
  @Field(() => TestResultStatusEnum, { nullable: true }) status!: TestResultStatus | null;
}

@ObjectType()
export class TestComparisonRow {
  @Field(() => ID) caseId!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => [TestComparisonCell], { description: 'One per run, in the order of `runs`.' })
  cells!: TestComparisonCell[];
}

@ObjectType({ description: 'The plan’s cases against its runs side by side: case × run, the status in each.' })
export class TestComparison {
  @Field(() => [TestRun]) runs!: TestRun[];
  @Field(() => [TestComparisonRow]) rows!: TestComparisonRow[];
  @Field(() => Int, { description: 'All the cases that match, over every page.' }) total!: number;
}

@ObjectType({ description: 'An open run the signed-in person is assigned to test, with where it belongs.' })
export class AssignedTestRun {
  @Field(() => TestRun) run!: TestRun;
  @Field() planName!: string;
  @Field(() => ID, { nullable: true, description: 'Evaluation plans: the evaluation.' }) evaluationId!: string | null;
  @Field(() => String, { nullable: true }) evaluationTitle!: string | null;
}
