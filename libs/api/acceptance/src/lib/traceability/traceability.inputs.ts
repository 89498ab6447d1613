import { PriorityEnum } from '@assay/api/core';
import { RequirementPriority } from '@assay/api/data';
import { TraceabilityStatus } from '@assay/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { TraceabilityStatusEnum } from './traceability.types';

@InputType({ description: 'Every field left out matches all.' })
export class TraceabilityFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  departmentIds?: string[];

  @Field(() => [PriorityEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PriorityEnum), { each: true })
  priorities?: RequirementPriority[];

  @Field(() => [TraceabilityStatusEnum], {
    nullable: true,
    description: 'Requirements with at least one shown candidate in one of these statuses.',
  })
  @IsOptional()
  @IsIn(Object.values(TraceabilityStatusEnum), { each: true })
  statuses?: TraceabilityStatus[];

  @Field(() => ID, { nullable: true, description: 'Only this candidate’s column.' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}
