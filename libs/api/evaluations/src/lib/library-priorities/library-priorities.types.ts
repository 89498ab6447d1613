import { PriorityEnum } from '@assay/api/core';
import { RequirementPriority, RequirementStatus } from '@assay/api/data';
import { ConsortiumPriorityRule, LibraryPriority } from '@assay/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RequirementStatusEnum } from '../requirements/requirements.types';

export const LibraryPriorityEnum = {
  MUST: 'must',
  SHOULD: 'should',
  COULD: 'could',
  NOT_NEEDED: 'not_needed',
} as const satisfies Record<string, LibraryPriority>;
registerEnumType(LibraryPriorityEnum, {
  name: 'LibraryPriority',
  description: 'How much a requirement matters to one member library.',
});

export const ConsortiumPriorityRuleEnum = {
  HIGHEST: 'highest',
  MAJORITY: 'majority',
} as const satisfies Record<string, ConsortiumPriorityRule>;
registerEnumType(ConsortiumPriorityRuleEnum, {
  name: 'ConsortiumPriorityRule',
  description:
    'HIGHEST: the highest priority any library gave. MAJORITY: the priority most libraries gave; a tie goes to the highest of the tied priorities.',
});

@ObjectType()
export class PriorityLibrary {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'One member library’s mark on a requirement.' })
export class LibraryMark {
  @Field(() => ID) memberLibraryId!: string;
  @Field(() => LibraryPriorityEnum) priority!: LibraryPriority;
}

@ObjectType({ description: 'A requirement with the member libraries’ marks and the priority derived from them.' })
export class RequirementLibraryPriorities {
  @Field(() => ID) requirementId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => PriorityEnum, { description: 'The requirement’s own priority now.' }) priority!: RequirementPriority;
  @Field(() => RequirementStatusEnum) status!: RequirementStatus;
  @Field(() => Int, { description: 'The requirement’s version, to apply the derived priority.' }) version!: number;
  @Field(() => LibraryPriorityEnum, { nullable: true, description: 'The reader’s own library’s mark.' })
  myMark!: LibraryPriority | null;
  @Field(() => Int) mustCount!: number;
  @Field(() => Int) shouldCount!: number;
  @Field(() => Int) couldCount!: number;
  @Field(() => Int) notNeededCount!: number;
  @Field(() => LibraryPriorityEnum, {
    nullable: true,
    description: 'The consortium priority under the evaluation’s rule; null while no library has marked it.',
  })
  derived!: LibraryPriority | null;
  @Field({ description: 'Under MAJORITY, whether priorities tied for most marks (broken towards the highest).' })
  tied!: boolean;
  @Field(() => [LibraryMark], {
    description: 'Every library’s mark for the lead; the reader’s own library’s for others.',
  })
  marks!: LibraryMark[];
  @Field(() => [LibraryMark], {
    description: 'For the lead: the libraries whose mark differs from the derived priority.',
  })
  disagreements!: LibraryMark[];
}

@ObjectType({ description: 'The member libraries’ priorities of an evaluation’s requirements.' })
export class LibraryPriorities {
  @Field(() => ID) evaluationId!: string;
  @Field(() => ConsortiumPriorityRuleEnum) rule!: ConsortiumPriorityRule;
  @Field(() => PriorityLibrary, { nullable: true, description: 'The reader’s member library, if any.' })
  myLibrary!: PriorityLibrary | null;
  @Field({ description: 'Whether the reader may mark their library’s priorities now.' }) canMark!: boolean;
  @Field({ description: 'Whether the reader sees every library’s marks, chooses the rule and applies it (the lead).' })
  canManage!: boolean;
  @Field(() => [PriorityLibrary], { description: 'The member libraries (every one for the lead), by code.' })
  libraries!: PriorityLibrary[];
  @Field(() => [RequirementLibraryPriorities], { description: 'Requirements not rejected, by code.' })
  requirements!: RequirementLibraryPriorities[];
}
