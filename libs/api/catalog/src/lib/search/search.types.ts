import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const SearchKindEnum = {
  VENDOR: 'vendor',
  PRODUCT: 'product',
  RESEARCH_NOTE: 'research_note',
  REQUIREMENT: 'requirement',
  TEST_CASE: 'test_case',
} as const;
export type SearchKind = (typeof SearchKindEnum)[keyof typeof SearchKindEnum];
registerEnumType(SearchKindEnum, { name: 'SearchKind' });

@ObjectType({ description: 'A piece of a search snippet; `match` marks the words that matched.' })
export class TextSegment {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType({
  description:
    'One match. Catalogue hits lead to their vendor (and product); a requirement to its evaluation, a test case to its plan.',
})
export class SearchHit {
  @Field(() => SearchKindEnum) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true, description: 'Set for vendors, products and research notes.' })
  vendorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Set for vendors, products and research notes.' })
  vendorName!: string | null;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The requirement's evaluation, or the test case's plan's evaluation when it has one.",
  })
  evaluationId!: string | null;
  @Field(() => ID, { nullable: true, description: "The test case's plan." })
  planId!: string | null;
  @Field(() => [TextSegment]) snippet!: TextSegment[];
  @Field(() => Float) rank!: number;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit]) items!: SearchHit[];
  @Field(() => Int) total!: number;
}
