import { CurrentActor, ExpensiveField, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TestPlan } from '../plans/plans.types';
import {
  CopyTestCasesInput,
  CreateTestCaseInput,
  TestCaseFilter,
  TestCaseRef,
  TestPageInput,
  UpdateTestCaseInput,
} from './cases.inputs';
import { CasesService } from './cases.service';
import { TestCase, TestCasePage, TestCaseVersion } from './cases.types';

/** Test cases and their versions; the service enforces the plan's access and versioning. */
@Resolver(() => TestCase)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Query(() => TestCase)
  testCase(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<TestCase> {
    return this.service.get(actor, id);
  }

  @Mutation(() => TestCase, { description: 'Adds a case; its key is the plan’s prefix and the next number.' })
  createTestCase(@CurrentActor() actor: RequestActor, @Args('input') input: CreateTestCaseInput): Promise<TestCase> {
    return this.service.create(actor, input);
  }

  @Mutation(() => TestCase, {
    description: 'Edits a case: in place while no result ran its current version, else as its next version.',
  })
  updateTestCase(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateTestCaseInput): Promise<TestCase> {
    return this.service.update(actor, input);
  }

  @Mutation(() => TestCase, { description: 'Takes a case out of the plan and of new runs; its results stay.' })
  archiveTestCase(@CurrentActor() actor: RequestActor, @Args('input') input: TestCaseRef): Promise<TestCase> {
    return this.service.archive(actor, input);
  }

  @Mutation(() => [TestCase], { description: 'Copies cases from one plan into another as new cases with new keys.' })
  copyTestCases(@CurrentActor() actor: RequestActor, @Args('input') input: CopyTestCasesInput): Promise<TestCase[]> {
    return this.service.copy(actor, input);
  }

  @ResolveField(() => [TestCaseVersion], { description: 'Every version of the text, oldest first.' })
  @ExpensiveField(10)
  versions(@CurrentActor() actor: RequestActor, @Parent() testCase: TestCase): Promise<TestCaseVersion[]> {
    return this.service.versions(actor, testCase.id);
  }
}

@Resolver(() => TestPlan)
export class PlanCasesResolver {
  constructor(private readonly service: CasesService) {}

  @ResolveField(() => TestCasePage, { description: 'The plan’s cases in key order, page by page.' })
  @ExpensiveField(10)
  cases(
    @CurrentActor() actor: RequestActor,
    @Parent() plan: TestPlan,
    @Args('filter', { nullable: true }) filter?: TestCaseFilter,
    @Args('page', { nullable: true }) page?: TestPageInput,
  ): Promise<TestCasePage> {
    return this.service.list(actor, plan.id, filter ?? {}, page);
  }
}
