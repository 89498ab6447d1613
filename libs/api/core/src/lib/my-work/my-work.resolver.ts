import { Query, Resolver } from '@nestjs/graphql';
import { RequestActor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { MyWork } from './my-work.types';

/** The root of the home page: its sections are fields that the features resolve for the person. */
@Resolver(() => MyWork)
export class MyWorkResolver {
  @Query(() => MyWork, { description: 'What waits for you, section by section (your home page).' })
  myWork(@CurrentActor() actor: RequestActor): MyWork {
    return Object.assign(new MyWork(), { personId: actor.id });
  }
}
