import { CurrentActor, GraphQLContext, PageInput, RequestActor, userDisplayName } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { productLoader, vendorLoader } from '../vendors/vendors.loaders';
import { Product, Vendor } from '../vendors/vendors.types';
import {
  CreateReferenceCheckInput,
  CreateResearchNoteInput,
  ReferenceQuestionInput,
  ResearchNoteFilter,
  UpdateReferenceCheckInput,
  UpdateResearchNoteInput,
} from './research.inputs';
import { ResearchService } from './research.service';
import { ReferenceCheck, ReferenceQuestion, ReferenceSummary, ResearchNote, ResearchNotePage } from './research.types';

@Resolver(() => ResearchNote)
export class ResearchNoteResolver {
  constructor(
    private readonly research: ResearchService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => ResearchNotePage, { description: 'Newest finding first.' })
  researchNotes(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: ResearchNoteFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<ResearchNotePage> {
    return this.research.notes(actor, filter, page);
  }

  @Query(() => ResearchNote)
  researchNote(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<ResearchNote> {
    return this.research.note(actor, id);
  }

  @Mutation(() => ResearchNote)
  createResearchNote(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateResearchNoteInput,
  ): Promise<ResearchNote> {
    return this.research.createNote(actor, input);
  }

  @Mutation(() => ResearchNote)
  updateResearchNote(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateResearchNoteInput,
  ): Promise<ResearchNote> {
    return this.research.updateNote(actor, input);
  }

  @ResolveField(() => Vendor)
  async vendor(@Parent() note: ResearchNote, @Context() ctx: GraphQLContext): Promise<Vendor> {
    return Vendor.from((await vendorLoader(ctx, this.dataSource).load(note.vendorId))!);
  }

  @ResolveField(() => Product, { nullable: true })
  async product(@Parent() note: ResearchNote, @Context() ctx: GraphQLContext): Promise<Product | null> {
    if (!note.productId) return null;
    const product = await productLoader(ctx, this.dataSource).load(note.productId);
    return product ? Product.from(product) : null;
  }

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() note: ResearchNote, @Context() ctx: GraphQLContext): Promise<string | null> {
    return userDisplayName(ctx, this.dataSource, note.authorId);
  }
}

@Resolver(() => ReferenceCheck)
export class ReferenceCheckResolver {
  constructor(
    private readonly research: ResearchService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [ReferenceQuestion], { description: 'The reusable reference-check questions, in order.' })
  referenceQuestions(
    @CurrentActor() actor: RequestActor,
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<ReferenceQuestion[]> {
    return this.research.questions(actor, includeInactive);
  }

  @Mutation(() => ReferenceQuestion, { description: 'Adds a question (without id) or edits one.' })
  saveReferenceQuestion(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ReferenceQuestionInput,
  ): Promise<ReferenceQuestion> {
    return this.research.saveQuestion(actor, input);
  }

  @Mutation(() => ReferenceCheck)
  createReferenceCheck(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateReferenceCheckInput,
  ): Promise<ReferenceCheck> {
    return this.research.createReferenceCheck(actor, input);
  }

  @Mutation(() => ReferenceCheck)
  updateReferenceCheck(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateReferenceCheckInput,
  ): Promise<ReferenceCheck> {
    return this.research.updateReferenceCheck(actor, input);
  }

  @ResolveField(() => Product)
  async product(@Parent() check: ReferenceCheck, @Context() ctx: GraphQLContext): Promise<Product> {
    return Product.from((await productLoader(ctx, this.dataSource).load(check.productId))!);
  }

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() check: ReferenceCheck, @Context() ctx: GraphQLContext): Promise<string | null> {
    return userDisplayName(ctx, this.dataSource, check.authorId);
  }
}

/** A product's reference checks and their summary. */
@Resolver(() => Product)
export class ProductResearchResolver {
  constructor(private readonly research: ResearchService) {}

  @ResolveField(() => [ReferenceCheck], { description: 'Newest first.' })
  referenceChecks(
    @CurrentActor() actor: RequestActor,
    @Parent() product: Product,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<ReferenceCheck[]> {
    return ctx.loaders
      .get<string, ReferenceCheck[]>(`referenceChecksByProduct:${includeArchived}`, async (ids) => {
        const map = await this.research.referenceChecksOfProducts(actor, ids, includeArchived);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(product.id);
  }

  @ResolveField(() => ReferenceSummary)
  async referenceSummary(@Parent() product: Product, @Context() ctx: GraphQLContext): Promise<ReferenceSummary> {
    const summary = await ctx.loaders
      .get<string, ReferenceSummary>('referenceSummaryByProduct', async (ids) => {
        const map = await this.research.referenceSummaries(ids);
        return ids.map((id) => map.get(id) ?? { count: 0, meanRating: null, latestCheckedOn: null });
      })
      .load(product.id);
    return summary;
  }
}
