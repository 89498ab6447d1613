import { SignOffRole } from '@assay/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SignOffRoleEnum } from './sign-offs.types';

@InputType({ description: 'Signs a candidate’s current verdict as one of the roles the signer holds.' })
export class SignAcceptanceInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => SignOffRoleEnum) @IsIn(Object.values(SignOffRoleEnum)) role!: SignOffRole;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

@InputType()
export class WithdrawSignOffInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType({ description: 'Asks the members who may sign a candidate’s verdict to sign it.' })
export class RequestSignOffsInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
}
