import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class OrganisationUnitInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter a name.' })
  @MaxLength(120)
  name!: string;

  @Field()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9-]{1,11}$/, {
    message: 'Code: 2–12 capital letters, digits or hyphens, starting with a letter.',
  })
  code!: string;
}

@InputType()
export class UpdateOrganisationUnitInput extends OrganisationUnitInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}
