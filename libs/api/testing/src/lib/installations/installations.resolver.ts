import { CurrentActor, GraphQLContext, HistoryEntry, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TestRun } from '../runs/runs.types';
import { InstallationRef, RecordInstallationInput, UpdateInstallationInput } from './installations.inputs';
import { InstallationsService } from './installations.service';
import { Installation } from './installations.types';

/** The installation record of products in use; the service enforces who may read and change it. */
@Resolver(() => Installation)
export class InstallationsResolver {
  constructor(private readonly service: InstallationsService) {}

  @Query(() => [Installation], {
    description:
      'What has been installed on a product in use, newest first: administrators and the people named on one of its plans.',
  })
  installations(
    @CurrentActor() actor: RequestActor,
    @Args('productId', { type: () => ID }) productId: string,
  ): Promise<Installation[]> {
    return this.service.forProduct(actor, productId);
  }

  @Mutation(() => Installation, { description: 'Records a patch, hot fix, service pack or upgrade installed.' })
  recordInstallation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: RecordInstallationInput,
  ): Promise<Installation> {
    return this.service.record(actor, input);
  }

  @Mutation(() => Installation)
  updateInstallation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateInstallationInput,
  ): Promise<Installation> {
    return this.service.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an installation from the record; the audit trail keeps it.' })
  removeInstallation(@CurrentActor() actor: RequestActor, @Args('input') input: InstallationRef): Promise<boolean> {
    return this.service.remove(actor, input);
  }

  @ResolveField(() => [HistoryEntry], { description: 'Who recorded and changed it, newest first.' })
  history(@CurrentActor() actor: RequestActor, @Parent() installation: Installation): Promise<HistoryEntry[]> {
    return this.service.history(actor, installation);
  }
}

@Resolver(() => TestRun)
export class RunInstallationsResolver {
  constructor(private readonly service: InstallationsService) {}

  // The run was read through its plan, which checked the actor's access.
  @ResolveField(() => [Installation], { description: 'Product plans: the installations this run accepted.' })
  acceptedInstallations(
    @CurrentActor() actor: RequestActor,
    @Parent() run: TestRun,
    @Context() ctx: GraphQLContext,
  ): Promise<Installation[]> {
    return ctx.loaders
      .get<string, Installation[]>('runInstallations', async (ids) => {
        const map = await this.service.byRuns(actor, ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(run.id);
  }
}
