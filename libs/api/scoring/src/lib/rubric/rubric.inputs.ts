import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class ScaleStepInput {
  @Field(() => Int) @IsInt() value!: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) label!: string;
}

@InputType()
export class RubricScaleInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) scaleMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) scaleMax!: number;
  @Field(() => [ScaleStepInput])
  @ValidateNested({ each: true })
  @Type(() => ScaleStepInput)
  @ArrayMaxSize(101)
  descriptors!: ScaleStepInput[];
}

@InputType({ description: 'Adds (without id) or edits a category or criterion of a draft rubric version.' })
export class CriterionInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string;
  @Field(() => ID, { nullable: true, description: 'Null: a top-level category.' }) @IsOptional() @IsUUID() parentId?:
    string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Float, { nullable: true, description: 'Relative weight among siblings; positive.' })
  @IsOptional()
  @IsNumber()
  @Min(0.000001, { message: 'Weights are positive.' })
  @Max(1000000)
  weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  requirementIds?: string[];
}

@InputType()
export class PairwiseInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: compare the top-level categories.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => [[Float]], {
    description: 'Square reciprocal matrix over the children in position order (Saaty 1/9–9).',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(15)
  matrix!: number[][];
}
