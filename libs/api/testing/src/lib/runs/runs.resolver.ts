import { CurrentActor, ExpensiveField, MyWork, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TestCaseFilter, TestPageInput } from '../cases/cases.inputs';
import { TestPlan } from '../plans/plans.types';
import { ResultsService } from './results.service';
import {
  CreateTestRunInput,
  RecordTestResultInput,
  TestResultFilter,
  TestRunRef,
  UpdateTestRunInput,
} from './runs.inputs';
import { RunsService } from './runs.service';
import { AssignedTestRun, TestComparison, TestResult, TestResultPage, TestRun } from './runs.types';

/** Runs and their results; the services enforce the plan's access and closed runs. */
@Resolver(() => TestRun)
export class RunsResolver {
  constructor(
    private readonly runs: RunsService,
    private readonly resultsService: ResultsService,
  ) {}

  @Query(() => TestRun)
  testRun(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<TestRun> {
    return this.runs.get(actor, id);
  }

  @Query(() => [AssignedTestRun], {
    description: 'The open runs you are assigned to test, oldest first, with their plan and evaluation.',
  })
  myTestRuns(@CurrentActor() actor: RequestActor): Promise<AssignedTestRun[]> {
    return this.runs.assignedTo(actor);
  }

  @Mutation(() => TestRun, { description: 'Starts a run over all the plan’s cases or the ones chosen, each untested.' })
  createTestRun(@CurrentActor() actor: RequestActor, @Args('input') input: CreateTestRunInput): Promise<TestRun> {
    return this.runs.create(actor, input);
  }

  @Mutation(() => TestRun)
  updateTestRun(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateTestRunInput): Promise<TestRun> {
    return this.runs.update(actor, input);
  }

  @Mutation(() => TestRun, { description: 'Closes a run: its results no longer change.' })
  closeTestRun(@CurrentActor() actor: RequestActor, @Args('input') input: TestRunRef): Promise<TestRun> {
    return this.runs.close(actor, input);
  }

  @Mutation(() => TestResult, { description: 'Records how a case went in an open run (testers).' })
  recordTestResult(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: RecordTestResultInput,
  ): Promise<TestResult> {
    return this.resultsService.record(actor, input);
  }

  @ResolveField(() => TestResultPage, { description: 'The run’s results in case order, page by page (at most 500).' })
  @ExpensiveField(10)
  results(
    @CurrentActor() actor: RequestActor,
    @Parent() run: TestRun,
    @Args('filter', { nullable: true }) filter?: TestResultFilter,
    @Args('page', { nullable: true }) page?: TestPageInput,
  ): Promise<TestResultPage> {
    return this.resultsService.results(actor, run, filter ?? {}, page);
  }
}

@Resolver(() => TestPlan)
export class PlanRunsResolver {
  constructor(private readonly runs: RunsService) {}

  @ResolveField('runs', () => [TestRun], { description: 'Oldest first, each with its progress.' })
  runsOf(@CurrentActor() actor: RequestActor, @Parent() plan: TestPlan): Promise<TestRun[]> {
    return this.runs.runsOf(actor, plan.id);
  }

  @ResolveField(() => TestComparison, {
    description: 'Case × run with the status in each cell, page by page: the runs named, or the latest 20.',
  })
  @ExpensiveField(20)
  comparison(
    @CurrentActor() actor: RequestActor,
    @Parent() plan: TestPlan,
    @Args('runIds', { type: () => [ID], nullable: true }) runIds?: string[],
    @Args('filter', { nullable: true }) filter?: TestCaseFilter,
    @Args('page', { nullable: true }) page?: TestPageInput,
  ): Promise<TestComparison> {
    return this.runs.comparison(actor, plan.id, runIds, filter ?? {}, page);
  }
}

/** The home page's runs to test: the same open runs as the testing home lists. */
@Resolver(() => MyWork)
export class MyWorkRunsResolver {
  constructor(private readonly runs: RunsService) {}

  @ResolveField(() => [AssignedTestRun], {
    description: 'The open runs you are assigned to test, oldest first (as myTestRuns).',
  })
  runsToTest(@CurrentActor() actor: RequestActor): Promise<AssignedTestRun[]> {
    return this.runs.assignedTo(actor);
  }
}
