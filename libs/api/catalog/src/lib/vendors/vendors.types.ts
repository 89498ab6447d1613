import {
  ProductCategory,
  ProductEntity,
  ProductHosting,
  ProductLicence,
  ProductVersionEntity,
  VendorContactEntity,
  VendorEntity,
  VendorStatus,
} from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names outside, the database's values inside. */
export const VendorStatusEnum = {
  ACTIVE: 'active',
  WATCH: 'watch',
  ACQUIRED: 'acquired',
  INACTIVE: 'inactive',
} as const;
registerEnumType(VendorStatusEnum, {
  name: 'VendorStatus',
  description:
    'ACTIVE: trading; WATCH: concerns noted; ACQUIRED: bought by another company; INACTIVE: no longer trading or selling.',
});

export const ProductCategoryEnum = {
  ILS: 'ils',
  LSP: 'lsp',
  DISCOVERY: 'discovery',
  ERM: 'erm',
  DIGITAL_REPOSITORY: 'digital_repository',
  OTHER: 'other',
} as const;
registerEnumType(ProductCategoryEnum, {
  name: 'ProductCategory',
  description: 'ILS: integrated library system; LSP: library services platform; ERM: electronic resource management.',
});

export const LicenceEnum = { OPEN_SOURCE: 'open_source', PROPRIETARY: 'proprietary' } as const;
registerEnumType(LicenceEnum, { name: 'Licence' });

export const HostingEnum = { SAAS: 'saas', VENDOR_HOSTED: 'vendor_hosted', SELF_HOSTED: 'self_hosted' } as const;
registerEnumType(HostingEnum, { name: 'Hosting' });

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

export const VendorSortFieldEnum = {
  NAME: 'name',
  UPDATED_AT: 'updated_at',
  PRODUCT_COUNT: 'product_count',
  NOTE_COUNT: 'note_count',
} as const;
registerEnumType(VendorSortFieldEnum, { name: 'VendorSortField' });

@ObjectType({ description: 'A company that sells or supports software.' })
export class Vendor {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) headquarters!: string | null;
  @Field(() => String, { nullable: true, description: 'Company size, ownership, financial notes.' }) companyNotes!:
    string | null;
  @Field(() => String, { nullable: true }) supportModel!: string | null;
  @Field(() => VendorStatusEnum) status!: VendorStatus;
  @Field({ description: 'Example data shipped with the demo, not research.' }) isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
  productCount?: number;
  noteCount?: number;

  static from(entity: VendorEntity, counts?: { productCount: number; noteCount: number }): Vendor {
    return Object.assign(new Vendor(), {
      id: entity.id,
      name: entity.name,
      website: entity.website,
      headquarters: entity.headquarters,
      companyNotes: entity.companyNotes,
      supportModel: entity.supportModel,
      status: entity.status,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      ...counts,
    });
  }
}

@ObjectType()
export class VendorPage {
  @Field(() => [Vendor]) items!: Vendor[];
  @Field(() => Int, { description: 'All matches, not only this page.' }) total!: number;
}

@ObjectType({ description: 'A vendor’s product, e.g. Koha or Alma.' })
export class Product {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field() name!: string;
  @Field(() => ProductCategoryEnum) category!: ProductCategory;
  @Field(() => LicenceEnum) licence!: ProductLicence;
  @Field(() => [HostingEnum]) hosting!: ProductHosting[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;

  static from(entity: ProductEntity): Product {
    return Object.assign(new Product(), {
      id: entity.id,
      vendorId: entity.vendorId,
      name: entity.name,
      category: entity.category,
      licence: entity.licence,
      hosting: entity.hosting,
      website: entity.website,
      description: entity.description,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

@ObjectType()
export class ProductPage {
  @Field(() => [Product]) items!: Product[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A release of a product. `name` is the release, e.g. "24.11".' })
export class ProductVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) releaseDate!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(entity: ProductVersionEntity): ProductVersion {
    return Object.assign(new ProductVersion(), {
      id: entity.id,
      productId: entity.productId,
      name: entity.name,
      releaseDate: entity.releaseDate,
      notes: entity.notes,
      archivedAt: entity.archivedAt,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'A person at a vendor.' })
export class Contact {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(entity: VendorContactEntity): Contact {
    return Object.assign(new Contact(), {
      id: entity.id,
      vendorId: entity.vendorId,
      name: entity.name,
      role: entity.role,
      email: entity.email,
      phone: entity.phone,
      notes: entity.notes,
      archivedAt: entity.archivedAt,
      version: entity.version,
    });
  }
}
