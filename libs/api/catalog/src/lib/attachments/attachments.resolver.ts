import { CurrentActor, GraphQLContext, RequestActor, userDisplayName } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AttachmentsService } from './attachments.service';
import { ReferenceCheck, ResearchNote } from '../research/research.types';
import { Product, Vendor } from '../vendors/vendors.types';
import { Attachment, AttachmentOwnerKind, AttachmentOwnerKindEnum } from './attachments.types';

/** One batched query per owner kind and request, however many owners a query lists. */
function attachmentsOf(
  ctx: GraphQLContext,
  service: AttachmentsService,
  actor: RequestActor,
  kind: AttachmentOwnerKind,
  ownerId: string,
): Promise<Attachment[]> {
  return ctx.loaders
    .get<string, Attachment[]>(`attachmentsByOwner:${kind}`, async (ids) => {
      const map = await service.byOwners(actor, kind, ids);
      return ids.map((id) => map.get(id) ?? []);
    })
    .load(ownerId);
}

/** Attachment metadata; the bytes go up and down through AttachmentsController. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  constructor(
    private readonly service: AttachmentsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [Attachment], {
    description: 'The files kept with a vendor, product, research note or reference check, oldest first.',
  })
  attachments(
    @CurrentActor() actor: RequestActor,
    @Args('ownerKind', { type: () => AttachmentOwnerKindEnum }) ownerKind: AttachmentOwnerKind,
    @Args('ownerId', { type: () => ID }) ownerId: string,
  ): Promise<Attachment[]> {
    return this.service.list(actor, ownerKind, ownerId);
  }

  @Mutation(() => Boolean, { description: 'Deletes the file and its record; the owner’s history keeps a note of it.' })
  deleteAttachment(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(actor, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who uploaded the file; null when unknown.' })
  uploadedByName(@Parent() attachment: Attachment, @Context() ctx: GraphQLContext): Promise<string | null> {
    return userDisplayName(ctx, this.dataSource, attachment.uploadedBy);
  }
}

@Resolver(() => Vendor)
export class VendorAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Oldest first.' })
  attachments(
    @CurrentActor() actor: RequestActor,
    @Parent() vendor: Vendor,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, this.service, actor, 'vendor', vendor.id);
  }
}

@Resolver(() => Product)
export class ProductAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Oldest first.' })
  attachments(
    @CurrentActor() actor: RequestActor,
    @Parent() product: Product,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, this.service, actor, 'product', product.id);
  }
}

@Resolver(() => ResearchNote)
export class ResearchNoteAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Oldest first.' })
  attachments(
    @CurrentActor() actor: RequestActor,
    @Parent() note: ResearchNote,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, this.service, actor, 'research_note', note.id);
  }
}

@Resolver(() => ReferenceCheck)
export class ReferenceCheckAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Oldest first.' })
  attachments(
    @CurrentActor() actor: RequestActor,
    @Parent() check: ReferenceCheck,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, this.service, actor, 'reference_check', check.id);
  }
}
