import { GlobalRole } from '@assay/domain';
import { CurrentActor, Department, MemberLibrary, RequestActor, RequireGlobalRole } from '@assay/api/core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganisationUnitInput, UpdateOrganisationUnitInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

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
