import { GlobalRole } from '@assay/domain';
import {
  CurrentActor,
  Department,
  MemberLibrary,
  RequestActor,
  PageInput,
  RequireGlobalRole,
  User,
} from '@assay/api/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CreateUserInput,
  OrganisationUnitInput,
  ResetPasswordInput,
  UpdateOrganisationUnitInput,
  UpdateUserInput,
  UserPage,
  UsersFilter,
} from './admin.inputs';
import { OrganisationService } from './organisation.service';
import { UsersService } from './users.service';

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

/** Member libraries and departments: everyone signed in reads; administrators change. */
@Resolver()
export class OrganisationResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Query(() => String, { description: 'The consortium’s name.' })
  organisationName(@CurrentActor() actor: RequestActor): Promise<string> {
    return this.organisation.organisationName(actor);
  }

  @Query(() => [MemberLibrary])
  memberLibraries(@CurrentActor() actor: RequestActor): Promise<MemberLibrary[]> {
    return this.organisation.memberLibraries(actor);
  }

  @Query(() => [Department])
  departments(@CurrentActor() actor: RequestActor): Promise<Department[]> {
    return this.organisation.departments(actor);
  }

  @RequireGlobalRole(GlobalRole.Admin)
  @Mutation(() => MemberLibrary)
  createMemberLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: OrganisationUnitInput,
  ): Promise<MemberLibrary> {
    return this.organisation.createMemberLibrary(actor, input);
  }

  @RequireGlobalRole(GlobalRole.Admin)
  @Mutation(() => MemberLibrary)
  updateMemberLibrary(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateOrganisationUnitInput,
  ): Promise<MemberLibrary> {
    return this.organisation.updateMemberLibrary(actor, input);
  }

  @RequireGlobalRole(GlobalRole.Admin)
  @Mutation(() => Department)
  createDepartment(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: OrganisationUnitInput,
  ): Promise<Department> {
    return this.organisation.createDepartment(actor, input);
  }

  @RequireGlobalRole(GlobalRole.Admin)
  @Mutation(() => Department)
  updateDepartment(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateOrganisationUnitInput,
  ): Promise<Department> {
    return this.organisation.updateDepartment(actor, input);
  }
}
