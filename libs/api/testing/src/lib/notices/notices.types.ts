import { ProblemNoticeKindValue } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ProblemNoticeKindEnum = {
  OUTAGE: 'outage',
  KNOWN_DEFECT: 'known_defect',
  PLANNED_UPGRADE: 'planned_upgrade',
} as const;
registerEnumType(ProblemNoticeKindEnum, {
  name: 'ProblemNoticeKind',
  description: 'What a problem notice is about: an outage, a known defect with its workaround, or a planned upgrade.',
});

@ObjectType({ description: 'A member library a notice was sent to.' })
export class NoticeLibrary {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() code!: string;
}

@ObjectType({
  description:
    'A notice about a problem with a product in use, sent to chosen member libraries’ staff; open until its sender or an administrator closes it.',
})
export class ProblemNotice {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field() productName!: string;
  @Field(() => ProblemNoticeKindEnum) kind!: ProblemNoticeKindValue;
  @Field() title!: string;
  @Field({ description: 'What happens and what to do meanwhile (the workaround).' }) details!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when that account is gone.' }) sentByName!: string | null;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => [NoticeLibrary], { description: 'The libraries it was sent to.' }) libraries!: NoticeLibrary[];
  @Field(() => Int, { description: 'How many people it was sent to.' }) recipientCount!: number;
  @Field({ description: 'Whether you may close it: its sender or an administrator, while it is open.' })
  canClose!: boolean;
  @Field(() => Int) version!: number;
}
