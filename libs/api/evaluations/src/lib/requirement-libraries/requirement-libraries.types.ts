import { RequirementPriority } from '@assay/api/data';
import { PriorityEnum, VerificationMethodEnum } from '@assay/api/core';
import { VerificationMethod } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const LibraryVersionStatusEnum = { DRAFT: 'draft', PUBLISHED: 'published' } as const;
registerEnumType(LibraryVersionStatusEnum, {
  name: 'RequirementLibraryVersionStatus',
  description: 'A draft takes edits and proposals; a published version is frozen.',
});

@ObjectType({ description: 'A numbered version of a requirement library.' })
export class RequirementLibraryVersion {
  @Field(() => Int) number!: number;
  @Field(() => LibraryVersionStatusEnum) status!: 'draft' | 'published';
  @Field(() => Int) itemCount!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType({ description: 'A reusable set of requirements kept by the consortium.' })
export class RequirementLibrary {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [RequirementLibraryVersion], { description: 'Newest first.' })
  versions!: RequirementLibraryVersion[];
  @Field(() => Int, { nullable: true, description: 'The newest published version, if any.' })
  latestPublished!: number | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'What an item of a library says in one version.' })
export class RequirementLibraryItem {
  @Field(() => ID, { description: 'The item, the same in every version of the library.' }) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field() category!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field({ description: 'A knockout: a candidate that does not meet it is disqualified.' }) mandatory!: boolean;
  @Field(() => VerificationMethodEnum) verificationMethod!: VerificationMethod;
  @Field() rationale!: string;
  @Field(() => ID, { nullable: true, description: 'The evaluation requirement it was proposed from.' })
  proposedFrom!: string | null;
}

@ObjectType({ description: 'What copying a library version into an evaluation did.' })
export class LibraryCopyResult {
  @Field(() => Int) copied!: number;
  @Field(() => Int) libraryVersion!: number;
}
