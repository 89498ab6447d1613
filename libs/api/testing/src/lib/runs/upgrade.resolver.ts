import { CurrentActor, ExpensiveField, RequestActor } from '@assay/api/core';
import { UpgradeCategory } from '@assay/domain';
import { Args, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TestPageInput } from '../cases/cases.inputs';
import { TestPlan } from '../plans/plans.types';
import { UpgradeCategoryEnum, UpgradeComparison } from './upgrade.types';
import { UpgradeComparisonService } from './upgrade.service';

@Resolver(() => TestPlan)
export class PlanUpgradeResolver {
  constructor(private readonly upgrades: UpgradeComparisonService) {}

  @ResolveField(() => UpgradeComparison, {
    nullable: true,
    description:
      'Run A against run B, case by case and requirement by requirement. Left out, a product plan compares its latest run on the current version with its latest on the target version, any other plan its last two runs; null until there are two such runs.',
  })
  @ExpensiveField(20)
  upgradeComparison(
    @CurrentActor() actor: RequestActor,
    @Parent() plan: TestPlan,
    @Args('runAId', { type: () => ID, nullable: true }) runAId?: string,
    @Args('runBId', { type: () => ID, nullable: true }) runBId?: string,
    @Args('categories', { type: () => [UpgradeCategoryEnum], nullable: true }) categories?: UpgradeCategory[],
    @Args('page', { nullable: true }) page?: TestPageInput,
  ): Promise<UpgradeComparison | null> {
    return this.upgrades.compare(actor, plan.id, { runAId, runBId }, categories, page);
  }
}
