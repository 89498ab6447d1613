import { Defect, DefectsService } from '@assay/api/acceptance';
import { GraphQLContext } from '@assay/api/core';
import { TestResult, UpgradeCaseRow } from '@assay/api/testing';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

/**
 * The defects linked to a test result, read for every result of the request in one query: the one
 * loader behind `TestResult.defects` and `UpgradeCaseRow.defects`, so a page asking both reads once.
 */
function resultDefects(service: DefectsService, ctx: GraphQLContext, resultId: string): Promise<Defect[]> {
  return ctx.loaders
    .get<string, Defect[]>('testResultDefects', async (ids) => {
      const map = await service.byResults(ids);
      return ids.map((id) => map.get(id) ?? []);
    })
    .load(resultId);
}

/**
 * `TestResult.defects`: a field of one feature's type (testing's results) answered by another
 * (acceptance's defects). Features never import each other, so the app, which sees both, joins them.
 */
@Resolver(() => TestResult)
export class TestResultDefectsResolver {
  constructor(private readonly service: DefectsService) {}

  // The result was read through its run or plan, which checked who may read it.
  @ResolveField(() => [Defect], { description: 'The defects this result is linked to.' })
  defects(@Parent() result: TestResult, @Context() ctx: GraphQLContext): Promise<Defect[]> {
    return resultDefects(this.service, ctx, result.id);
  }
}

/** `UpgradeCaseRow.defects`: the defects linked to the case's result in run B, as for TestResult.defects. */
@Resolver(() => UpgradeCaseRow)
export class UpgradeCaseDefectsResolver {
  constructor(private readonly service: DefectsService) {}

  // The row was read through its plan, which checked who may read it.
  @ResolveField(() => [Defect], { description: 'The defects linked to the case’s result in run B.' })
  defects(@Parent() row: UpgradeCaseRow, @Context() ctx: GraphQLContext): Promise<Defect[]> {
    if (!row.resultIdB) return Promise.resolve([]);
    return resultDefects(this.service, ctx, row.resultIdB);
  }
}
