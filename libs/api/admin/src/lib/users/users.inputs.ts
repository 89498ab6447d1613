import { GlobalRoleEnum } from '@assay/api/core';
import { GlobalRole, PASSWORD_MAX_LENGTH } from '@assay/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the person’s name.' })
  @MaxLength(120)
  displayName!: string;

  @Field({ description: 'A first password, to be changed by the person at first sign-in.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  temporaryPassword!: string;

  @Field(() => GlobalRoleEnum, { defaultValue: GlobalRole.User })
  @IsEnum(GlobalRoleEnum)
  globalRole: GlobalRole = GlobalRole.User;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member library from the list.' })
  memberLibraryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one means someone else saved first.' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the person’s name.' })
  @MaxLength(120)
  displayName?: string;

  @Field(() => GlobalRoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(GlobalRoleEnum)
  globalRole?: GlobalRole;

  @Field(() => ID, { nullable: true, description: 'null clears it; omitted leaves it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member library from the list.' })
  memberLibraryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null clears it; omitted leaves it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'A temporary password; the person must choose a new one at next sign-in.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  temporaryPassword!: string;
}

@InputType()
export class UsersFilter {
  @Field({ nullable: true, description: 'Matches name or e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
