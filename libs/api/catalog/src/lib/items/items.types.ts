import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Everything in the catalogue that can be archived, restored and has a history. */
export const CatalogKindEnum = {
  VENDOR: 'vendor',
  PRODUCT: 'product',
  PRODUCT_VERSION: 'product_version',
  CONTACT: 'vendor_contact',
  RESEARCH_NOTE: 'research_note',
  REFERENCE_CHECK: 'reference_check',
} as const;
export type CatalogKind = (typeof CatalogKindEnum)[keyof typeof CatalogKindEnum];
registerEnumType(CatalogKindEnum, { name: 'CatalogKind' });

@ObjectType({ description: 'The state of an archived or restored catalogue object.' })
export class ArchiveState {
  @Field(() => CatalogKindEnum) kind!: CatalogKind;
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
