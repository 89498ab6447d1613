import { ProblemNoticeKindValue } from '@assay/api/data';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ProblemNoticeKindEnum } from './notices.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A notice about a problem with a product in use, for the staff of the chosen libraries.' })
export class SendProblemNoticeInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field(() => ProblemNoticeKindEnum) @IsIn(Object.values(ProblemNoticeKindEnum)) kind!: ProblemNoticeKindValue;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) details?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'startsOn must be a day, YYYY-MM-DD' })
  startsOn?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD, not before startsOn' })
  @IsOptional()
  @Matches(DAY, { message: 'endsOn must be a day, YYYY-MM-DD' })
  endsOn?: string;
  @Field(() => [ID], { description: 'The member libraries whose staff are told.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  libraryIds!: string[];
}

@InputType()
export class ProblemNoticeRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}
