import { UserEntity } from '@assay/api/data';
import { DataSource, In } from 'typeorm';
import { GraphQLContext } from '../graphql/graphql-context';
import { byKeys } from '../graphql/request-loaders';

/**
 * A person's display name by id, for "who wrote / uploaded this" fields: every name a response
 * shows is read in one query per request. Null without an id or for an unknown one.
 */
export async function userDisplayName(
  ctx: GraphQLContext,
  dataSource: DataSource,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  const user = await ctx.loaders
    .get<string, UserEntity | null>('userById', async (ids) =>
      byKeys(ids, await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }), (row) => row.id),
    )
    .load(userId);
  return user?.displayName ?? null;
}
