import { byKeys, GraphQLContext } from '@assay/api/core';
import { ProductEntity, VendorEntity } from '@assay/api/data';
import { DataSource, In } from 'typeorm';

/** Vendors by id, one query per request however many notes or products name them. */
export function vendorLoader(ctx: GraphQLContext, dataSource: DataSource) {
  return ctx.loaders.get<string, VendorEntity | null>('vendorById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(VendorEntity).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}

/** Products by id, one query per request however many notes or reference checks name them. */
export function productLoader(ctx: GraphQLContext, dataSource: DataSource) {
  return ctx.loaders.get<string, ProductEntity | null>('productById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(ProductEntity).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}
