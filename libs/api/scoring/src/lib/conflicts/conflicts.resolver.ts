import { CurrentActor, ExpensiveField, HistoryEntry, HistoryReader, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeclareConflictsInput, OverrideConflictInput } from './conflicts.inputs';
import { ConflictsService } from './conflicts.service';
import { ConflictDeclaration, ConflictsOfInterest } from './conflicts.types';

/** Conflict-of-interest declarations; the service enforces who declares, overrides and reads. */
@Resolver()
export class ConflictsResolver {
  constructor(private readonly service: ConflictsService) {}

  @Query(() => ConflictsOfInterest, {
    description: 'The vendors to declare for and the declarations you may read (lead, directors: everyone’s).',
  })
  conflictsOfInterest(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
  ): Promise<ConflictsOfInterest> {
    return this.service.conflictsOfInterest(actor, evaluationId);
  }

  @Mutation(() => [ConflictDeclaration], {
    description: 'As an evaluator: your own declarations, per vendor (no conflict, or a conflict with what it is).',
  })
  declareConflicts(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: DeclareConflictsInput,
  ): Promise<ConflictDeclaration[]> {
    return this.service.declare(actor, input);
  }

  @Mutation(() => ConflictDeclaration, {
    description:
      'As the lead: lets an evaluator score a vendor’s candidates despite a declared conflict, with a reason.',
  })
  overrideConflict(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: OverrideConflictInput,
  ): Promise<ConflictDeclaration> {
    return this.service.override(actor, input);
  }
}

/** A declaration's own trail; whoever receives the declaration may read it (the service chose who does). */
@Resolver(() => ConflictDeclaration)
export class ConflictDeclarationResolver {
  constructor(private readonly historyReader: HistoryReader) {}

  @ExpensiveField(10)
  @ResolveField(() => [HistoryEntry], { description: 'Declared and overridden: who, when and why, newest first.' })
  history(@Parent() declaration: ConflictDeclaration): Promise<HistoryEntry[]> {
    return this.historyReader.history('conflict_declaration', declaration.id);
  }
}
