import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { RequirementRef } from './requirements.inputs';
import { Requirement } from './requirements.types';

@ObjectType({ description: 'A requirement merged into this one: where the need first came from.' })
export class RequirementOrigin {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The merged requirement’s id (it comes back if the merge is undone).' })
  originalRequirementId!: string;
  @Field({ description: 'Its code before the merge.' }) code!: string;
  @Field({ description: 'Its title before the merge.' }) title!: string;
  @Field() description!: string;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'Who proposed it (their name).' }) proposedByName!: string | null;
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
  @Field(() => ID) mergeId!: string;
}

@ObjectType({ description: 'Two requirements of an evaluation that likely say the same thing.' })
export class RequirementDuplicate {
  @Field(() => Requirement) first!: Requirement;
  @Field(() => Requirement) second!: Requirement;
  @Field(() => Float, { description: 'How alike they are, from 0 to 1.' }) similarity!: number;
}

@ObjectType({ description: 'Requirements merged into one survivor; undoable until scoring opens.' })
export class RequirementMerge {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) survivorId!: string;
  @Field() survivorCode!: string;
  @Field(() => [String]) mergedCodes!: string[];
  @Field(() => String, { nullable: true }) mergedByName!: string | null;
  @Field(() => GraphQLISODateTime) mergedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) undoneAt!: Date | null;
  @Field(() => String, { nullable: true }) undoneByName!: string | null;
  @Field(() => Int, { description: 'How many link rows (criteria, test cases, claims, verifications, waivers) moved.' })
  movedLinks!: number;
  @Field(() => Int, { description: 'Link rows the survivor already had an equivalent of: its own were kept.' })
  droppedLinks!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class MergeRequirementsInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => RequirementRef, { description: 'The requirement that stays; it keeps its code and text.' })
  @ValidateNested()
  @Type(() => RequirementRef)
  survivor!: RequirementRef;
  @Field(() => [RequirementRef], { description: 'The duplicates merged into it (they go away until undone).' })
  @ValidateNested({ each: true })
  @Type(() => RequirementRef)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  merged!: RequirementRef[];
}
