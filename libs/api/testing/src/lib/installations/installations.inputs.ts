import { InstallationKindValue } from '@assay/api/data';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { InstallationKindEnum } from './installations.types';

const KINDS = Object.values(InstallationKindEnum);

@InputType({ description: 'What was installed on a product in use, when, and by whom.' })
export class RecordInstallationInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field(() => ID, { description: 'A version of the product.' }) @IsUUID() productVersionId!: string;
  @Field(() => InstallationKindEnum) @IsIn(KINDS) kind!: InstallationKindValue;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) @IsString() @MaxLength(10) installedOn!: string;
  @Field(() => ID, { nullable: true, description: 'Left out: the person recording it.' })
  @IsOptional()
  @IsUUID()
  appliedById?: string;
  @Field(() => ID, { nullable: true, description: 'A run of one of the product’s plans, on the version installed.' })
  @IsOptional()
  @IsUUID()
  acceptingRunId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType({ description: 'Fields left out stay as they are; acceptingRunId null removes the run.' })
export class UpdateInstallationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productVersionId?: string;
  @Field(() => InstallationKindEnum, { nullable: true }) @IsOptional() @IsIn(KINDS) kind?: InstallationKindValue;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10) installedOn?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() appliedById?: string;
  @Field(() => ID, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  acceptingRunId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class InstallationRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}
