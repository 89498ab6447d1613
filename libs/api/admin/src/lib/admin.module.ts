import { Module } from '@nestjs/common';
import { OrganisationResolver, UsersResolver } from './admin.resolver';
import { OrganisationService } from './organisation.service';
import { UsersService } from './users.service';

@Module({
  providers: [UsersResolver, OrganisationResolver, UsersService, OrganisationService],
  exports: [UsersService, OrganisationService],
})
export class AdminModule {}
