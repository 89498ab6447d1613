import { AccessPolicy, CurrentActor, ExpensiveField, HistoryEntry, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CatalogItemRef } from './items.inputs';
import { ItemsService } from './items.service';
import { ArchiveState, CatalogKind, CatalogKindEnum } from './items.types';

/** What every kind of catalogue object has: who may edit, archive and restore, history. */
@Resolver()
export class ItemsResolver {
  constructor(
    private readonly items: ItemsService,
    private readonly access: AccessPolicy,
  ) {}

  @Query(() => Boolean, {
    description: 'Whether you may change the vendor catalogue (administrators and evaluation leads).',
  })
  canEditCatalogue(@CurrentActor() actor: RequestActor): Promise<boolean> {
    return this.access.canEditCatalogue(actor);
  }

  @ExpensiveField(10)
  @Query(() => [HistoryEntry], { description: 'Who changed a catalogue object, when, and how — newest first.' })
  catalogHistory(
    @CurrentActor() actor: RequestActor,
    @Args('kind', { type: () => CatalogKindEnum }) kind: CatalogKind,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HistoryEntry[]> {
    return this.items.history(actor, kind, id);
  }

  @Mutation(() => ArchiveState, {
    description: 'Hides an object from lists and search; it keeps its history and can be restored.',
  })
  archiveCatalogItem(@CurrentActor() actor: RequestActor, @Args('input') input: CatalogItemRef): Promise<ArchiveState> {
    return this.items.setArchived(actor, input.kind, input.id, input.version, true);
  }

  @Mutation(() => ArchiveState)
  restoreCatalogItem(@CurrentActor() actor: RequestActor, @Args('input') input: CatalogItemRef): Promise<ArchiveState> {
    return this.items.setArchived(actor, input.kind, input.id, input.version, false);
  }
}
