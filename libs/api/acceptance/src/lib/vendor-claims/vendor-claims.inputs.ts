import { VendorClaimLevelValue } from '@assay/api/data';
import { VENDOR_CLAIM_COMMENT_MAX } from '@assay/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { VendorClaimLevelEnum } from './vendor-claims.types';

@InputType({ description: 'Creates the claim (no version) or changes it (the version you loaded).' })
export class SetVendorClaimInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() requirementId!: string;
  @Field(() => VendorClaimLevelEnum) @IsIn(Object.values(VendorClaimLevelEnum)) claim!: VendorClaimLevelValue;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: required for ROADMAP, refused otherwise.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Write the date as YYYY-MM-DD.' })
  roadmapDate?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(VENDOR_CLAIM_COMMENT_MAX) comment?: string;
  @Field(() => Int, { nullable: true, description: 'The version you loaded; left out when creating the claim.' })
  @IsOptional()
  @IsInt()
  version?: number;
}
