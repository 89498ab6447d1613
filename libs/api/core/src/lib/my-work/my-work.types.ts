import { EvaluationRole } from '@assay/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EvaluationRoleEnum } from '../graphql/enums';

/**
 * What waits for the signed-in person, section by section. Each feature adds the sections of its
 * own area as fields of this type (runs to test, retests, evaluations led, waivers, sign-offs,
 * scoring rounds, requirements), each computed for the person asking with the same access rules
 * as the page it links to; a section that does not apply to the person is empty.
 */
@ObjectType({ description: 'What waits for the signed-in person: one field per section of their home page.' })
export class MyWork {
  @Field(() => ID, { description: 'The person it is for: always the signed-in person.' }) personId!: string;
  @Field(() => [EvaluationRoleEnum], {
    description: 'The roles the person holds in evaluations that are still open: which sections apply to them.',
  })
  roles!: EvaluationRole[];
}
