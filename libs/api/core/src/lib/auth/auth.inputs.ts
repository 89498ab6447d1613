import { PASSWORD_MAX_LENGTH } from '@assay/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { User } from '../people/people.types';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your e-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your current password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter a new password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for API clients. The web app uses the httpOnly session cookie set with it.' })
  accessToken!: string;

  @Field(() => User)
  user!: User;
}
