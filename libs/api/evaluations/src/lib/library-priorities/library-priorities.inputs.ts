import { ConsortiumPriorityRule, LibraryPriority } from '@assay/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { RequirementRef } from '../requirements/requirements.inputs';
import { ConsortiumPriorityRuleEnum, LibraryPriorityEnum } from './library-priorities.types';

@InputType()
export class LibraryMarkInput {
  @Field(() => ID) @IsUUID() requirementId!: string;
  @Field(() => LibraryPriorityEnum, { nullable: true, description: 'Left out or null: the mark is cleared.' })
  @IsOptional()
  @IsIn(Object.values(LibraryPriorityEnum))
  priority?: LibraryPriority | null;
  @Field(() => LibraryPriorityEnum, {
    nullable: true,
    description:
      'The mark as you read it (null: none). Given, the mark changes only if it is still that: when another representative of your library changed it since, the answer is CONFLICT instead of overwriting theirs. Left out: no check.',
  })
  @IsOptional()
  @IsIn(Object.values(LibraryPriorityEnum))
  previous?: LibraryPriority | null;
}

@InputType()
export class MarkLibraryPrioritiesInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => ID, { description: 'The representative’s own member library: no other may be marked.' })
  @IsUUID()
  memberLibraryId!: string;
  @Field(() => [LibraryMarkInput])
  @ValidateNested({ each: true })
  @Type(() => LibraryMarkInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  marks!: LibraryMarkInput[];
}

@InputType()
export class SetConsortiumPriorityRuleInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => ConsortiumPriorityRuleEnum)
  @IsIn(Object.values(ConsortiumPriorityRuleEnum))
  rule!: ConsortiumPriorityRule;
}

@InputType()
export class ApplyLibraryPrioritiesInput {
  @Field(() => [RequirementRef], { description: 'Requirements of one evaluation, each with the version loaded.' })
  @ValidateNested({ each: true })
  @Type(() => RequirementRef)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  requirements!: RequirementRef[];
}
