import {
  AccessPolicy,
  byKeys,
  CurrentActor,
  ExpensiveField,
  GraphQLContext,
  HistoryEntry,
  PageInput,
  RequestActor,
  userDisplayName,
} from '@assay/api/core';
import { ProductEntity, VendorEntity } from '@assay/api/data';
import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import {
  CatalogItemRef,
  CatalogSearchInput,
  CreateContactInput,
  CreateProductInput,
  CreateProductVersionInput,
  CreateReferenceCheckInput,
  CreateResearchNoteInput,
  CreateVendorInput,
  ProductFilter,
  ReferenceQuestionInput,
  ResearchNoteFilter,
  UpdateContactInput,
  UpdateProductInput,
  UpdateProductVersionInput,
  UpdateReferenceCheckInput,
  UpdateResearchNoteInput,
  UpdateVendorInput,
  VendorFilter,
  VendorSort,
} from './catalog.inputs';
import {
  CatalogKind,
  CatalogKindEnum,
  Contact,
  Product,
  ProductPage,
  ProductVersion,
  ReferenceCheck,
  ReferenceQuestion,
  ReferenceSummary,
  ResearchNote,
  ResearchNotePage,
  SearchResult,
  Vendor,
  VendorPage,
} from './catalog.types';
import { ResearchService } from './research.service';
import { SearchService } from './search.service';
import { VendorCounts, VendorsService } from './vendors.service';

@ObjectType({ description: 'The state of an archived or restored catalogue object.' })
export class ArchiveState {
  @Field(() => CatalogKindEnum) kind!: CatalogKind;
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}

function vendorLoader(ctx: GraphQLContext, dataSource: DataSource) {
  return ctx.loaders.get<string, VendorEntity | null>('vendorById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(VendorEntity).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}

function productLoader(ctx: GraphQLContext, dataSource: DataSource) {
  return ctx.loaders.get<string, ProductEntity | null>('productById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(ProductEntity).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}

/** Vendors, contacts, the search box, archive/restore and history. Resolvers only delegate. */
@Resolver(() => Vendor)
export class VendorResolver {
  constructor(
    private readonly vendorsService: VendorsService,
    private readonly research: ResearchService,
    private readonly searchService: SearchService,
    private readonly access: AccessPolicy,
  ) {}

  @Query(() => VendorPage)
  vendors(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: VendorFilter,
    @Args('sort', { nullable: true }) sort?: VendorSort,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<VendorPage> {
    return this.vendorsService.list(actor, filter, sort, page);
  }

  @Query(() => Vendor)
  vendor(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<Vendor> {
    return this.vendorsService.get(actor, id);
  }

  @Query(() => Boolean, {
    description: 'Whether you may change the vendor catalogue (administrators and evaluation leads).',
  })
  canEditCatalogue(@CurrentActor() actor: RequestActor): Promise<boolean> {
    return this.access.canEditCatalogue(actor);
  }

  @ExpensiveField(100)
  @Query(() => SearchResult, {
    description: 'Full-text search over vendors, products and research notes, best match first.',
  })
  catalogSearch(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CatalogSearchInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<SearchResult> {
    return this.searchService.search(actor, input, page);
  }

  @ExpensiveField(10)
  @Query(() => [HistoryEntry], { description: 'Who changed a catalogue object, when, and how — newest first.' })
  catalogHistory(
    @CurrentActor() actor: RequestActor,
    @Args('kind', { type: () => CatalogKindEnum }) kind: CatalogKind,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HistoryEntry[]> {
    return this.research.history(actor, kind, id);
  }

  @Mutation(() => Vendor)
  createVendor(@CurrentActor() actor: RequestActor, @Args('input') input: CreateVendorInput): Promise<Vendor> {
    return this.vendorsService.create(actor, input);
  }

  @Mutation(() => Vendor)
  updateVendor(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateVendorInput): Promise<Vendor> {
    return this.vendorsService.update(actor, input);
  }

  @Mutation(() => Contact)
  createContact(@CurrentActor() actor: RequestActor, @Args('input') input: CreateContactInput): Promise<Contact> {
    return this.vendorsService.createContact(actor, input);
  }

  @Mutation(() => Contact)
  updateContact(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateContactInput): Promise<Contact> {
    return this.vendorsService.updateContact(actor, input);
  }

  @Mutation(() => ArchiveState, {
    description: 'Hides an object from lists and search; it keeps its history and can be restored.',
  })
  archiveCatalogItem(@CurrentActor() actor: RequestActor, @Args('input') input: CatalogItemRef): Promise<ArchiveState> {
    return this.research.setArchived(actor, input.kind, input.id, input.version, true);
  }

  @Mutation(() => ArchiveState)
  restoreCatalogItem(@CurrentActor() actor: RequestActor, @Args('input') input: CatalogItemRef): Promise<ArchiveState> {
    return this.research.setArchived(actor, input.kind, input.id, input.version, false);
  }

  @ResolveField(() => [Product])
  products(
    @CurrentActor() actor: RequestActor,
    @Parent() vendor: Vendor,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<Product[]> {
    return ctx.loaders
      .get<string, Product[]>(`productsByVendor:${includeArchived}`, async (ids) => {
        const map = await this.vendorsService.productsOfVendors(actor, ids, includeArchived);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(vendor.id);
  }

  @ResolveField(() => [Contact])
  contacts(
    @CurrentActor() actor: RequestActor,
    @Parent() vendor: Vendor,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<Contact[]> {
    return ctx.loaders
      .get<string, Contact[]>(`contactsByVendor:${includeArchived}`, async (ids) => {
        const map = await this.vendorsService.contactsOfVendors(actor, ids, includeArchived);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(vendor.id);
  }

  @ResolveField(() => Int, { description: 'Current products.' })
  async productCount(@Parent() vendor: Vendor, @Context() ctx: GraphQLContext): Promise<number> {
    return vendor.productCount ?? (await this.counts(vendor, ctx)).productCount;
  }

  @ResolveField(() => Int, { description: 'Current research notes.' })
  async noteCount(@Parent() vendor: Vendor, @Context() ctx: GraphQLContext): Promise<number> {
    return vendor.noteCount ?? (await this.counts(vendor, ctx)).noteCount;
  }

  /** For vendors that did not come from the list (which counts in its own query): one query per request. */
  private counts(vendor: Vendor, ctx: GraphQLContext): Promise<VendorCounts> {
    return ctx.loaders
      .get<string, VendorCounts>('countsByVendor', async (ids) => {
        const map = await this.vendorsService.countsOfVendors(ids);
        return ids.map((id) => map.get(id) ?? { productCount: 0, noteCount: 0 });
      })
      .load(vendor.id);
  }
}

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly vendors: VendorsService,
    private readonly research: ResearchService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => ProductPage)
  products(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: ProductFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<ProductPage> {
    return this.vendors.products(actor, filter, page);
  }

  @Query(() => Product)
  product(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<Product> {
    return this.vendors.product(actor, id);
  }

  @Mutation(() => Product)
  createProduct(@CurrentActor() actor: RequestActor, @Args('input') input: CreateProductInput): Promise<Product> {
    return this.vendors.createProduct(actor, input);
  }

  @Mutation(() => Product)
  updateProduct(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateProductInput): Promise<Product> {
    return this.vendors.updateProduct(actor, input);
  }

  @Mutation(() => ProductVersion)
  createProductVersion(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateProductVersionInput,
  ): Promise<ProductVersion> {
    return this.vendors.createVersion(actor, input);
  }

  @Mutation(() => ProductVersion)
  updateProductVersion(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateProductVersionInput,
  ): Promise<ProductVersion> {
    return this.vendors.updateVersion(actor, input);
  }

  @ResolveField(() => Vendor)
  async vendor(@Parent() product: Product, @Context() ctx: GraphQLContext): Promise<Vendor> {
    return Vendor.from((await vendorLoader(ctx, this.dataSource).load(product.vendorId))!);
  }

  @ResolveField(() => [ProductVersion], { description: 'Newest release first.' })
  versions(
    @CurrentActor() actor: RequestActor,
    @Parent() product: Product,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<ProductVersion[]> {
    return ctx.loaders
      .get<string, ProductVersion[]>(`versionsByProduct:${includeArchived}`, async (ids) => {
        const map = await this.vendors.versionsOfProducts(actor, ids, includeArchived);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(product.id);
  }

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
