import { DepartmentEntity, MemberLibraryEntity } from '@assay/api/data';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { GraphQLContext } from '../graphql/graphql-context';
import { byKeys } from '../graphql/request-loaders';
import { Department, MemberLibrary, User } from './people.types';

/** A user's library and department, batched per request. */
@Resolver(() => User)
export class UserFieldsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => MemberLibrary, { nullable: true })
  async memberLibrary(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<MemberLibrary | null> {
    if (!user.memberLibraryId) return null;
    const entity = await ctx.loaders
      .get<string, MemberLibraryEntity | null>('memberLibraryById', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(MemberLibraryEntity).findBy({ id: In([...ids]) }),
          (row) => row.id,
        ),
      )
      .load(user.memberLibraryId);
    return entity ? MemberLibrary.from(entity) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  async department(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Department | null> {
    if (!user.departmentId) return null;
    const entity = await ctx.loaders
      .get<string, DepartmentEntity | null>('departmentById', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(DepartmentEntity).findBy({ id: In([...ids]) }),
          (row) => row.id,
        ),
      )
      .load(user.departmentId);
    return entity ? Department.from(entity) : null;
  }
}
