import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsNumber, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class OpenRoundInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => [ID], { nullable: true, description: 'Candidates to score; all shortlisted when left out.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  candidateIds?: string[];
}

@InputType()
export class ScoreInput {
  @Field(() => ID) @IsUUID() roundId!: string;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => Float, { nullable: true, description: 'Null clears the score.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  value?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) comment?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'Evidence must be a web address.' },
  )
  evidenceUrl?: string | null;
}

@InputType()
export class ConsensusInput {
  @Field(() => ID) @IsUUID() roundId!: string;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 3 }) value!: number;
  @Field() @IsString() @IsNotEmpty({ message: 'Say how the evaluators agreed.' }) @MaxLength(5000) note!: string;
}
