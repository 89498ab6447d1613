import { TestPriority } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const TestPriorityEnum = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' } as const;
registerEnumType(TestPriorityEnum, { name: 'TestPriority' });

@ObjectType({ description: 'One step of a test case: what the tester does and what should happen.' })
export class TestStep {
  @Field() action!: string;
  @Field() expected!: string;
}

@ObjectType({ description: 'A requirement a test case verifies.' })
export class TestRequirementSummary {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
}

@ObjectType({ description: 'One version of a test case’s text; kept once a result ran it.' })
export class TestCaseVersion {
  @Field(() => Int, { description: 'The version number, from 1.' }) number!: number;
  @Field() title!: string;
  @Field() preconditions!: string;
  @Field(() => [TestStep]) steps!: TestStep[];
  @Field(() => TestPriorityEnum) priority!: TestPriority;
  @Field(() => [String]) tags!: string[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType({
  description:
    'A test case, with the text of its current version. Editing one that has results starts a new version; results keep the version they ran.',
})
export class TestCase {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field({ description: 'Unique in the plan, e.g. CIRC-T-001.' }) key!: string;
  @Field(() => Int) number!: number;
  @Field() section!: string;
  @Field(() => String, { nullable: true, description: 'The name an automated test report gives this case.' })
  automationName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int, { description: 'The number of the current text version.' }) currentVersion!: number;
  @Field() title!: string;
  @Field() preconditions!: string;
  @Field(() => [TestStep]) steps!: TestStep[];
  @Field(() => TestPriorityEnum) priority!: TestPriority;
  @Field(() => [String]) tags!: string[];
  @Field(() => [TestRequirementSummary]) requirements!: TestRequirementSummary[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
}

@ObjectType()
export class TestCasePage {
  @Field(() => [TestCase]) items!: TestCase[];
  @Field(() => Int) total!: number;
}
