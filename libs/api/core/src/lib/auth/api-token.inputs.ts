import {
  API_TOKEN_DEFAULT_DAYS,
  API_TOKEN_MAX_DAYS,
  API_TOKEN_MIN_DAYS,
  API_TOKEN_NAME_MAX_LENGTH,
} from '@assay/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for (e.g. "CI upload of test results"); unique among your live tokens.' })
  @IsString()
  @IsNotEmpty({ message: 'Name the token.' })
  @MaxLength(API_TOKEN_NAME_MAX_LENGTH)
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many days it works, ${API_TOKEN_MIN_DAYS} to ${API_TOKEN_MAX_DAYS} (default ${API_TOKEN_DEFAULT_DAYS}).`,
  })
  @IsOptional()
  @IsInt({ message: 'Choose a whole number of days.' })
  @Min(API_TOKEN_MIN_DAYS, { message: `A token lasts from ${API_TOKEN_MIN_DAYS} to ${API_TOKEN_MAX_DAYS} days.` })
  @Max(API_TOKEN_MAX_DAYS, { message: `A token lasts from ${API_TOKEN_MIN_DAYS} to ${API_TOKEN_MAX_DAYS} days.` })
  expiresInDays?: number | null;
}
