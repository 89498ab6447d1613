import { CurrentActor, Evaluation, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateTestPlanInput, SetTestPlanMembersInput, TestPlanRef, UpdateTestPlanInput } from './plans.inputs';
import { PlansService } from './plans.service';
import { TestPerson, TestPlan, TestPlanAccess } from './plans.types';

/** Test plans; the service enforces who may read and change them. */
@Resolver(() => TestPlan)
export class PlansResolver {
  constructor(private readonly service: PlansService) {}

  @Query(() => TestPlan)
  testPlan(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<TestPlan> {
    return this.service.get(actor, id);
  }

  @Query(() => [TestPlan], {
    description: 'Plans for products in use: all of them for administrators, else the ones you are named on.',
  })
  productTestPlans(
    @CurrentActor() actor: RequestActor,
    @Args('productId', { type: () => ID, nullable: true }) productId?: string,
  ): Promise<TestPlan[]> {
    return this.service.productPlans(actor, productId);
  }

  @Mutation(() => TestPlan)
  createTestPlan(@CurrentActor() actor: RequestActor, @Args('input') input: CreateTestPlanInput): Promise<TestPlan> {
    return this.service.create(actor, input);
  }

  @Mutation(() => TestPlan)
  updateTestPlan(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateTestPlanInput): Promise<TestPlan> {
    return this.service.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a plan with its cases and runs, while no result is recorded.' })
  deleteTestPlan(@CurrentActor() actor: RequestActor, @Args('input') input: TestPlanRef): Promise<boolean> {
    return this.service.delete(actor, input);
  }

  @Mutation(() => TestPlan, { description: 'Names the people of a product’s plan (administrators only).' })
  setTestPlanMembers(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SetTestPlanMembersInput,
  ): Promise<TestPlan> {
    return this.service.setMembers(actor, input);
  }

  @ResolveField(() => TestPerson, { nullable: true })
  owner(@Parent() plan: TestPlan): Promise<TestPerson | null> {
    return this.service.owner(plan);
  }

  @ResolveField(() => [TestPerson], { description: 'Product plans: the people named on it (besides administrators).' })
  members(@CurrentActor() actor: RequestActor, @Parent() plan: TestPlan): Promise<TestPerson[]> {
    return this.service.members(actor, plan);
  }

  @ResolveField(() => TestPlanAccess)
  myAccess(@CurrentActor() actor: RequestActor, @Parent() plan: TestPlan): Promise<TestPlanAccess> {
    return this.service.myAccess(actor, plan);
  }
}

@Resolver(() => Evaluation)
export class EvaluationTestPlansResolver {
  constructor(private readonly service: PlansService) {}

  @ResolveField(() => [TestPlan])
  testPlans(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<TestPlan[]> {
    return this.service.forEvaluation(actor, evaluation.id);
  }

  @ResolveField(() => Boolean, {
    description: 'You may start a test plan here: a lead or a tester, while the evaluation is open.',
  })
  canCreateTestPlan(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<boolean> {
    return this.service.canCreate(actor, evaluation.id);
  }
}
