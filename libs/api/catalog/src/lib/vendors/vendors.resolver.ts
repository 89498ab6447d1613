import { CurrentActor, GraphQLContext, PageInput, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { vendorLoader } from './vendors.loaders';
import {
  CreateContactInput,
  CreateProductInput,
  CreateProductVersionInput,
  CreateVendorInput,
  ProductFilter,
  UpdateContactInput,
  UpdateProductInput,
  UpdateProductVersionInput,
  UpdateVendorInput,
  VendorFilter,
  VendorSort,
} from './vendors.inputs';
import { VendorCounts, VendorsService } from './vendors.service';
import { Contact, Product, ProductPage, ProductVersion, Vendor, VendorPage } from './vendors.types';

/** Vendors and their contacts, products and versions. Resolvers only delegate. */
@Resolver(() => Vendor)
export class VendorResolver {
  constructor(private readonly vendorsService: VendorsService) {}

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
}
