import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class CreateRequirementLibraryInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType()
export class StartFromLibraryInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => ID) @IsUUID() libraryId!: string;
  @Field(() => Int, { description: 'A published version of the library.' }) @IsInt() @Min(1) version!: number;
}

@InputType()
export class ProposeToLibraryInput {
  @Field(() => ID) @IsUUID() libraryId!: string;
  @Field(() => [ID], { description: 'Approved requirements of one evaluation.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  requirementIds!: string[];
}
