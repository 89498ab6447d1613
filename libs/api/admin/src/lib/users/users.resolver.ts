import { GlobalRole } from '@assay/domain';
import { CurrentActor, PageInput, RequestActor, RequireGlobalRole, User } from '@assay/api/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput, UsersFilter } from './users.inputs';
import { UsersService } from './users.service';
import { UserPage } from './users.types';

/** Accounts: administrators only (the guard refuses early, UsersService checks again). */
@Resolver(() => User)
@RequireGlobalRole(GlobalRole.Admin)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserPage)
  users(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: UsersFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<UserPage> {
    return this.usersService.list(actor, filter ?? undefined, page ?? undefined);
  }

  @Query(() => User)
  user(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.usersService.get(actor, id);
  }

  @Mutation(() => User)
  createUser(@CurrentActor() actor: RequestActor, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(actor, input);
  }

  @Mutation(() => User)
  updateUser(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.update(actor, input);
  }

  @Mutation(() => User, {
    description: 'Sets a temporary password; the person chooses a new one at next sign-in. Their sessions end.',
  })
  resetPassword(@CurrentActor() actor: RequestActor, @Args('input') input: ResetPasswordInput): Promise<User> {
    return this.usersService.resetPassword(actor, input);
  }
}
