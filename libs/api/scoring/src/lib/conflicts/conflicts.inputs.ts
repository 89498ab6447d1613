import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'For one vendor: no conflict, or a conflict with what it is.' })
export class VendorDeclarationInput {
  @Field(() => ID) @IsUUID() vendorId!: string;
  @Field({ description: 'True: you have a conflict of interest with this vendor.' }) @IsBoolean() conflict!: boolean;
  @Field({ nullable: true, description: 'Required with a conflict: e.g. former employee, shareholder, family.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class DeclareConflictsInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => [VendorDeclarationInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => VendorDeclarationInput)
  declarations!: VendorDeclarationInput[];
}

@InputType()
export class OverrideConflictInput {
  @Field(() => ID) @IsUUID() declarationId!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Say why the evaluator may score despite the conflict.' })
  @MaxLength(2000)
  reason!: string;
  @Field(() => Int, { description: 'The version you saw.' }) @IsInt() version!: number;
}
