import { CurrentActor, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Requirement } from '../requirements/requirements.types';
import {
  ApplyLibraryPrioritiesInput,
  MarkLibraryPrioritiesInput,
  SetConsortiumPriorityRuleInput,
} from './library-priorities.inputs';
import { LibraryPrioritiesService } from './library-priorities.service';
import { LibraryPriorities } from './library-priorities.types';

/** Member libraries' priorities; the service checks who represents which library and who leads. */
@Resolver(() => LibraryPriorities)
export class LibraryPrioritiesResolver {
  constructor(private readonly service: LibraryPrioritiesService) {}

  @Query(() => LibraryPriorities, {
    description:
      'Per requirement: the member libraries’ marks, their counts and the consortium priority derived from them.',
  })
  libraryPriorities(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
  ): Promise<LibraryPriorities> {
    return this.service.read(actor, evaluationId);
  }

  @Mutation(() => LibraryPriorities, {
    description: 'A representative marks requirements for their own member library (null clears): all or nothing.',
  })
  markLibraryPriorities(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: MarkLibraryPrioritiesInput,
  ): Promise<LibraryPriorities> {
    return this.service.mark(actor, input);
  }

  @Mutation(() => LibraryPriorities, { description: 'The lead chooses how the consortium priority is derived.' })
  setConsortiumPriorityRule(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SetConsortiumPriorityRuleInput,
  ): Promise<LibraryPriorities> {
    return this.service.setRule(actor, input);
  }

  @Mutation(() => [Requirement], {
    description:
      'The lead sets requirements’ priorities to the one derived from the libraries’ marks (NOT_NEEDED → WONT); unmarked ones stay: all or nothing.',
  })
  applyLibraryPriorities(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ApplyLibraryPrioritiesInput,
  ): Promise<Requirement[]> {
    return this.service.apply(actor, input);
  }
}
