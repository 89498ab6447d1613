import { CurrentActor, RequestActor } from '@assay/api/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CreateRequirementLibraryInput,
  ProposeToLibraryInput,
  StartFromLibraryInput,
} from './requirement-libraries.inputs';
import { RequirementLibrariesService } from './requirement-libraries.service';
import { LibraryCopyResult, RequirementLibrary, RequirementLibraryItem } from './requirement-libraries.types';

/** Requirement libraries; the service checks who may keep them and who may copy from or propose to them. */
@Resolver(() => RequirementLibrary)
export class RequirementLibrariesResolver {
  constructor(private readonly service: RequirementLibrariesService) {}

  @Query(() => [RequirementLibrary], { description: 'Every requirement library by name (administrators and leads).' })
  requirementLibraries(@CurrentActor() actor: RequestActor): Promise<RequirementLibrary[]> {
    return this.service.list(actor);
  }

  @Query(() => RequirementLibrary)
  requirementLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RequirementLibrary> {
    return this.service.get(actor, id);
  }

  @Query(() => [RequirementLibraryItem], { description: 'The items of one version of a library, by code.' })
  requirementLibraryItems(
    @CurrentActor() actor: RequestActor,
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RequirementLibraryItem[]> {
    return this.service.items(actor, libraryId, version);
  }

  @Mutation(() => RequirementLibrary)
  createRequirementLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateRequirementLibraryInput,
  ): Promise<RequirementLibrary> {
    return this.service.create(actor, input);
  }

  @Mutation(() => RequirementLibrary, { description: 'Freezes the draft version; evaluations can then start from it.' })
  publishRequirementLibraryVersion(
    @CurrentActor() actor: RequestActor,
    @Args('libraryId', { type: () => ID }) libraryId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RequirementLibrary> {
    return this.service.publish(actor, libraryId, version);
  }

  @Mutation(() => LibraryCopyResult, {
    description: 'Copies a published library version into an evaluation gathering its requirements: all or nothing.',
  })
  startRequirementsFromLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: StartFromLibraryInput,
  ): Promise<LibraryCopyResult> {
    return this.service.startFrom(actor, input);
  }

  @Mutation(() => RequirementLibrary, {
    description: 'Proposes approved requirements of an evaluation into the library’s draft version.',
  })
  proposeRequirementsToLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ProposeToLibraryInput,
  ): Promise<RequirementLibrary> {
    return this.service.propose(actor, input);
  }
}
