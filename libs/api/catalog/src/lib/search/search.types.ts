import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const SearchKindEnum = { VENDOR: 'vendor', PRODUCT: 'product', RESEARCH_NOTE: 'research_note' } as const;
export type SearchKind = (typeof SearchKindEnum)[keyof typeof SearchKindEnum];
registerEnumType(SearchKindEnum, { name: 'SearchKind' });

@ObjectType({ description: 'A piece of a search snippet; `match` marks the words that matched.' })
export class TextSegment {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchKindEnum) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID) vendorId!: string;
  @Field() vendorName!: string;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => [TextSegment]) snippet!: TextSegment[];
  @Field(() => Float) rank!: number;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit]) items!: SearchHit[];
  @Field(() => Int) total!: number;
}
