import {
  AccessPolicy,
  DEFAULT_PAGE,
  likePattern,
  notFound,
  PageInput,
  prefixQuery,
  RequestActor,
} from '@assay/api/core';
import { ProductEntity, ProductVersionEntity, VendorContactEntity, VendorEntity } from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { CatalogStore, pick } from '../items/catalog-store';
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
import { Contact, Product, ProductPage, ProductVersion, Vendor, VendorPage } from './vendors.types';

const VENDOR_FIELDS = ['name', 'website', 'headquarters', 'companyNotes', 'supportModel', 'status'] as const;
const PRODUCT_FIELDS = ['name', 'category', 'licence', 'hosting', 'website', 'description'] as const;
const VERSION_FIELDS = ['name', 'releaseDate', 'notes'] as const;
const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'notes'] as const;
/** The columns rawToVendor reads, as one selection that TypeORM passes on as written. */
const VENDOR_COLUMNS =
  'v.id, v.name, v.website, v.headquarters, v.company_notes, v.support_model, v.status, v.is_demo, ' +
  'v.archived_at, v.created_by, v.created_at, v.updated_at, v.version';

export interface VendorCounts {
  productCount: number;
  noteCount: number;
}

/** Vendors, their products and versions, and their contacts: everyone signed in reads; editors change. */
@Injectable()
export class VendorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly store: CatalogStore,
  ) {}

  // ---- vendors ---------------------------------------------------------------------------

  async list(
    actor: RequestActor,
    filter: VendorFilter = { archived: false },
    sort: VendorSort = { field: 'name', direction: 'ASC' },
    page: PageInput = DEFAULT_PAGE,
  ): Promise<VendorPage> {
    const query = this.vendorQuery(filter);
    const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
    const order: Record<string, string> = {
      name: 'lower(v.name)',
      updated_at: 'v.updated_at',
      product_count: '"productCount"',
      note_count: '"noteCount"',
    };
    // The vendor's own columns, not `v.*`: the search column holds every word of the notes, and
    // nothing on the page reads it.
    const rows = await query
      .select(VENDOR_COLUMNS)
      .addSelect(
        '(SELECT count(*) FROM product p WHERE p.vendor_id = v.id AND p.archived_at IS NULL)::int',
        'productCount',
      )
      .addSelect(
        '(SELECT count(*) FROM research_note n WHERE n.vendor_id = v.id AND n.archived_at IS NULL)::int',
        'noteCount',
      )
      // The total in the same statement: one round trip rather than a count and then the page.
      .addSelect('(count(*) OVER ())::int', 'total')
      .orderBy(order[sort.field] ?? order['name'], direction)
      .addOrderBy('v.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<Record<string, unknown>>();
    // A page past the end has no row to carry the total.
    const total =
      rows.length > 0 ? (rows[0]['total'] as number) : page.offset > 0 ? await this.vendorQuery(filter).getCount() : 0;
    const items = rows.map((raw) =>
      Vendor.from(Object.assign(new VendorEntity(), rawToVendor(raw)), {
        productCount: raw['productCount'] as number,
        noteCount: raw['noteCount'] as number,
      }),
    );
    return { items, total };
  }

  /** Current products and research notes of several vendors, in one query. */
  async countsOfVendors(vendorIds: readonly string[]): Promise<Map<string, VendorCounts>> {
    const rows: { id: string; product_count: number; note_count: number }[] = await this.dataSource.query(
      `SELECT v.id,
              (SELECT count(*) FROM product p WHERE p.vendor_id = v.id AND p.archived_at IS NULL)::int AS product_count,
              (SELECT count(*) FROM research_note n WHERE n.vendor_id = v.id AND n.archived_at IS NULL)::int AS note_count
         FROM vendor v WHERE v.id = ANY($1::uuid[])`,
      [vendorIds],
    );
    return new Map(rows.map((row) => [row.id, { productCount: row.product_count, noteCount: row.note_count }]));
  }

  /** The filtered vendor rows, for the list and the export. */
  vendorQuery(filter: VendorFilter): SelectQueryBuilder<VendorEntity> {
    const query = this.dataSource.getRepository(VendorEntity).createQueryBuilder('v');
    query.where(filter.archived ? 'v.archived_at IS NOT NULL' : 'v.archived_at IS NULL');
    const words = filter.search ? prefixQuery(filter.search) : null;
    if (words) {
      query.andWhere(
        new Brackets((w) =>
          w
            .where(`v.search @@ to_tsquery('simple', :words)`, { words })
            .orWhere(`v.search @@ to_tsquery('english', :words)`, { words })
            .orWhere('v.name ILIKE :pattern', { pattern: likePattern(filter.search!) }),
        ),
      );
    }
    if (filter.status && filter.status.length > 0)
      query.andWhere('v.status IN (:...status)', { status: filter.status });
    if (filter.licence)
      query.andWhere(
        'EXISTS (SELECT 1 FROM product p WHERE p.vendor_id = v.id AND p.archived_at IS NULL AND p.licence = :licence)',
        { licence: filter.licence },
      );
    if (filter.hosting)
      query.andWhere(
        'EXISTS (SELECT 1 FROM product p WHERE p.vendor_id = v.id AND p.archived_at IS NULL AND :hosting = ANY(p.hosting))',
        { hosting: filter.hosting },
      );
    return query;
  }

  async get(actor: RequestActor, id: string): Promise<Vendor> {
    const vendor = await this.dataSource.getRepository(VendorEntity).findOneBy({ id });
    if (!vendor) throw notFound('The vendor');
    return Vendor.from(vendor);
  }

  async create(actor: RequestActor, input: CreateVendorInput): Promise<Vendor> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const values = { ...pick(input, VENDOR_FIELDS), status: input.status ?? 'active', createdBy: actor.id };
      return Vendor.from(await this.store.create<VendorEntity>(manager, actor, 'vendor', values, [...VENDOR_FIELDS]));
    });
  }

  async update(actor: RequestActor, input: UpdateVendorInput): Promise<Vendor> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<VendorEntity>(manager, 'vendor', input.id, input.version);
      return Vendor.from(
        await this.store.update(manager, actor, 'vendor', row, input as Partial<VendorEntity>, [...VENDOR_FIELDS]),
      );
    });
  }

  // ---- products --------------------------------------------------------------------------

  async products(
    actor: RequestActor,
    filter: ProductFilter = { archived: false },
    page: PageInput = DEFAULT_PAGE,
  ): Promise<ProductPage> {
    const query = this.dataSource.getRepository(ProductEntity).createQueryBuilder('p');
    query.where(filter.archived ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL');
    if (filter.vendorId) query.andWhere('p.vendor_id = :vendorId', { vendorId: filter.vendorId });
    const words = filter.search ? prefixQuery(filter.search) : null;
    if (words)
      query.andWhere(`(p.search @@ to_tsquery('simple', :words) OR p.search @@ to_tsquery('english', :words))`, {
        words,
      });
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.licence) query.andWhere('p.licence = :licence', { licence: filter.licence });
    if (filter.hosting) query.andWhere(':hosting = ANY(p.hosting)', { hosting: filter.hosting });
    const [rows, total] = await query
      .orderBy('lower(p.name)', 'ASC')
      .addOrderBy('p.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items: rows.map((row) => Product.from(row)), total };
  }

  /**
   * The products of several vendors in one query (for lists that show each vendor's products):
   * current ones by name, then — when asked — archived ones by name; at most 200 of each per vendor.
   */
  async productsOfVendors(
    actor: RequestActor,
    vendorIds: readonly string[],
    includeArchived: boolean,
  ): Promise<Map<string, Product[]>> {
    const query = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('p.vendor_id IN (:...vendorIds)', { vendorIds: [...vendorIds] });
    if (!includeArchived) query.andWhere('p.archived_at IS NULL');
    const rows = await query
      .orderBy('p.archived_at IS NOT NULL')
      .addOrderBy('lower(p.name)', 'ASC')
      .addOrderBy('p.id')
      .getMany();
    const byVendor = new Map<string, Product[]>(vendorIds.map((id) => [id, []]));
    const counts = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.vendorId}:${row.archivedAt ? 'archived' : 'current'}`;
      const seen = counts.get(key) ?? 0;
      if (seen >= 200) continue;
      counts.set(key, seen + 1);
      byVendor.get(row.vendorId)?.push(Product.from(row));
    }
    return byVendor;
  }

  async product(actor: RequestActor, id: string): Promise<Product> {
    const product = await this.dataSource.getRepository(ProductEntity).findOneBy({ id });
    if (!product) throw notFound('The product');
    return Product.from(product);
  }

  async createProduct(actor: RequestActor, input: CreateProductInput): Promise<Product> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const vendor = await manager.getRepository(VendorEntity).findOneBy({ id: input.vendorId });
      if (!vendor) throw notFound('The vendor');
      const values = {
        ...pick(input, PRODUCT_FIELDS),
        hosting: unique(input.hosting ?? []),
        vendorId: vendor.id,
        createdBy: actor.id,
      };
      return Product.from(
        await this.store.create<ProductEntity>(manager, actor, 'product', values, ['vendorId', ...PRODUCT_FIELDS]),
      );
    });
  }

  async updateProduct(actor: RequestActor, input: UpdateProductInput): Promise<Product> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<ProductEntity>(manager, 'product', input.id, input.version);
      const changes = {
        ...input,
        hosting: input.hosting ? unique(input.hosting) : undefined,
      } as Partial<ProductEntity>;
      return Product.from(await this.store.update(manager, actor, 'product', row, changes, [...PRODUCT_FIELDS]));
    });
  }

  /** The versions of several products in one query, newest release first. */
  async versionsOfProducts(
    actor: RequestActor,
    productIds: readonly string[],
    includeArchived: boolean,
  ): Promise<Map<string, ProductVersion[]>> {
    const query = this.dataSource
      .getRepository(ProductVersionEntity)
      .createQueryBuilder('pv')
      .where('pv.product_id IN (:...productIds)', { productIds: [...productIds] });
    if (!includeArchived) query.andWhere('pv.archived_at IS NULL');
    const rows = await query.orderBy('pv.release_date', 'DESC', 'NULLS LAST').addOrderBy('pv.name', 'DESC').getMany();
    const byProduct = new Map<string, ProductVersion[]>(productIds.map((id) => [id, []]));
    for (const row of rows) byProduct.get(row.productId)?.push(ProductVersion.from(row));
    return byProduct;
  }

  async createVersion(actor: RequestActor, input: CreateProductVersionInput): Promise<ProductVersion> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const product = await manager.getRepository(ProductEntity).findOneBy({ id: input.productId });
      if (!product) throw notFound('The product');
      const values = { ...pick(input, VERSION_FIELDS), productId: product.id };
      return ProductVersion.from(
        await this.store.create<ProductVersionEntity>(manager, actor, 'product_version', values, [
          'productId',
          ...VERSION_FIELDS,
        ]),
      );
    });
  }

  async updateVersion(actor: RequestActor, input: UpdateProductVersionInput): Promise<ProductVersion> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<ProductVersionEntity>(
        manager,
        'product_version',
        input.id,
        input.version,
      );
      return ProductVersion.from(
        await this.store.update(manager, actor, 'product_version', row, input as Partial<ProductVersionEntity>, [
          ...VERSION_FIELDS,
        ]),
      );
    });
  }

  // ---- contacts --------------------------------------------------------------------------

  /** The contacts of several vendors in one query, by name. */
  async contactsOfVendors(
    actor: RequestActor,
    vendorIds: readonly string[],
    includeArchived: boolean,
  ): Promise<Map<string, Contact[]>> {
    const query = this.dataSource
      .getRepository(VendorContactEntity)
      .createQueryBuilder('c')
      .where('c.vendor_id IN (:...vendorIds)', { vendorIds: [...vendorIds] });
    if (!includeArchived) query.andWhere('c.archived_at IS NULL');
    const rows = await query.orderBy('lower(c.name)').getMany();
    const byVendor = new Map<string, Contact[]>(vendorIds.map((id) => [id, []]));
    for (const row of rows) byVendor.get(row.vendorId)?.push(Contact.from(row));
    return byVendor;
  }

  async createContact(actor: RequestActor, input: CreateContactInput): Promise<Contact> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const vendor = await manager.getRepository(VendorEntity).findOneBy({ id: input.vendorId });
      if (!vendor) throw notFound('The vendor');
      const values = { ...pick(input, CONTACT_FIELDS), vendorId: vendor.id };
      return Contact.from(
        await this.store.create<VendorContactEntity>(manager, actor, 'vendor_contact', values, [
          'vendorId',
          ...CONTACT_FIELDS,
        ]),
      );
    });
  }

  async updateContact(actor: RequestActor, input: UpdateContactInput): Promise<Contact> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<VendorContactEntity>(manager, 'vendor_contact', input.id, input.version);
      return Contact.from(
        await this.store.update(manager, actor, 'vendor_contact', row, input as Partial<VendorContactEntity>, [
          ...CONTACT_FIELDS,
        ]),
      );
    });
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function rawToVendor(raw: Record<string, unknown>): Partial<VendorEntity> {
  return {
    id: raw['id'] as string,
    name: raw['name'] as string,
    website: raw['website'] as string | null,
    headquarters: raw['headquarters'] as string | null,
    companyNotes: raw['company_notes'] as string | null,
    supportModel: raw['support_model'] as string | null,
    status: raw['status'] as VendorEntity['status'],
    isDemo: raw['is_demo'] as boolean,
    archivedAt: raw['archived_at'] as Date | null,
    createdBy: raw['created_by'] as string | null,
    createdAt: raw['created_at'] as Date,
    updatedAt: raw['updated_at'] as Date,
    version: raw['version'] as number,
  };
}
