import { Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../auth/access-policy';
import { RequestActor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { MyWork } from './my-work.types';

/** The root of the home page: its sections are fields that the features resolve for the person. */
@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(private readonly access: AccessPolicy) {}

  @Query(() => MyWork, { description: 'What waits for you, section by section (your home page).' })
  async myWork(@CurrentActor() actor: RequestActor): Promise<MyWork> {
    return Object.assign(new MyWork(), { personId: actor.id, roles: await this.access.openRolesOf(actor) });
  }
}
