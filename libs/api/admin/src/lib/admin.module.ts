import { Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationService } from './organisation/organisation.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** People and organisation administration: accounts, member libraries, departments. */
@Module({
  providers: [UsersResolver, OrganisationResolver, UsersService, OrganisationService],
  exports: [UsersService, OrganisationService],
})
export class AdminModule {}
