import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One changed field: values as JSON text.' })
export class FieldChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'One entry of an object’s history.' })
export class HistoryEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who made the change; null for the system.' }) actorName!:
    string | null;
  @Field() action!: string;
  @Field(() => [FieldChange]) changes!: FieldChange[];
}
