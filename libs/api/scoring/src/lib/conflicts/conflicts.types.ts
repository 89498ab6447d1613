import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An evaluator’s conflict-of-interest declaration for one vendor of an evaluation.' })
export class ConflictDeclaration {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => ID) vendorId!: string;
  @Field() vendorName!: string;
  @Field({ description: 'True: a declared conflict; false: no conflict.' }) conflict!: boolean;
  @Field() description!: string;
  @Field(() => GraphQLISODateTime) declaredAt!: Date;
  @Field({ description: 'A conflict excludes the evaluator from the vendor’s candidates until the lead overrides it.' })
  excluded!: boolean;
  @Field(() => String, { nullable: true }) overriddenByName!: string | null;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) overriddenAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A vendor with candidates in the evaluation, to declare a conflict of interest for.' })
export class ConflictVendor {
  @Field(() => ID) vendorId!: string;
  @Field() vendorName!: string;
  @Field(() => [ID]) candidateIds!: string[];
}

@ObjectType({
  description:
    'Conflicts of interest in an evaluation: the vendors to declare for, and the declarations (the lead, directors and administrators see everyone’s; others their own).',
})
export class ConflictsOfInterest {
  @Field(() => ID) evaluationId!: string;
  @Field(() => [ConflictVendor]) vendors!: ConflictVendor[];
  @Field(() => [ConflictDeclaration]) declarations!: ConflictDeclaration[];
  @Field({ description: 'True when you see everyone’s declarations.' }) all!: boolean;
}
