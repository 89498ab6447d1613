import { NOTIFICATION_KINDS, NotificationKind } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The kinds as a GraphQL enum: upper-case names outside, the domain's values inside. */
export const NotificationKindEnum = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as Record<Uppercase<NotificationKind>, NotificationKind>;
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about: a waiver to agree to or decided, a retest due, a scoring round…',
});

@ObjectType({ description: 'Something that waits for you or concerns you, with the page that shows it.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field() title!: string;
  @Field({ description: 'The path in the web app that shows what it is about.' }) link!: string;
  @Field(() => ID, { nullable: true, description: 'The evaluation it happened in; null for a product in use.' })
  evaluationId!: string | null;
  @Field({
    description:
      'What objectId names: waiver, defect, scoring_round, evaluation, recommendation, decision, problem_notice or candidate.',
  })
  objectType!: string;
  @Field(() => ID) objectId!: string;
  @Field(() => String, { nullable: true, description: 'Who caused it (null when that account is gone).' })
  actorName!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification]) items!: Notification[];
  @Field(() => Int) total!: number;
}
