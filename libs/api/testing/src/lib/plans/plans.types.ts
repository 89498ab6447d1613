import { TestPlanEntity } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person as the testing screens name them.' })
export class TestPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({
  description: 'What the signed-in person may do with a test plan now; the web shows its controls from this.',
})
export class TestPlanAccess {
  @Field({ description: 'Edit the plan, its cases and its runs.' }) canWrite!: boolean;
  @Field({ description: 'Record results in its open runs.' }) canExecute!: boolean;
  @Field({ description: 'Name the people of a product’s plan (administrators).' }) canNamePeople!: boolean;
}

@ObjectType({
  description:
    'What is tested and how: for an evaluation (run against its candidates) or for a product in use (a patch or upgrade from the current version to the target one).',
})
export class TestPlan {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) evaluationId!: string | null;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Product plans: the version in use.' }) currentVersionId!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Product plans: the version being accepted.' }) targetVersionId!:
    string | null;
  @Field() name!: string;
  @Field() scope!: string;
  @Field() entryCriteria!: string;
  @Field() exitCriteria!: string;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field({ description: 'New cases are keyed <prefix>-<number>, e.g. CIRC-T-001.' }) keyPrefix!: string;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;

  static from(entity: TestPlanEntity): TestPlan {
    return Object.assign(new TestPlan(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      productId: entity.productId,
      currentVersionId: entity.currentVersionId,
      targetVersionId: entity.targetVersionId,
      name: entity.name,
      scope: entity.scope,
      entryCriteria: entity.entryCriteria,
      exitCriteria: entity.exitCriteria,
      ownerId: entity.ownerId,
      keyPrefix: entity.keyPrefix,
      isDemo: entity.isDemo,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}
