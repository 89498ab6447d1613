import type { Confidence, NoteSourceType, NoteTag } from '@assay/api/data';
import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DATE, DATE_MESSAGE, URL_MESSAGE, values, WEB_URL } from '../items/input-rules';
import { ConfidenceEnum, NoteSourceTypeEnum, NoteTagEnum } from './research.types';

// ---- research notes ------------------------------------------------------------------------

@InputType()
export class CreateResearchNoteInput {
  @Field(() => ID) @IsUUID() vendorId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The product the note is about, if any; it must belong to the vendor.',
  })
  @IsOptional()
  @IsUUID()
  productId?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: DATE_MESSAGE }) observedOn!: string;
  @Field(() => NoteSourceTypeEnum) @IsIn(values(NoteSourceTypeEnum)) sourceType!: NoteSourceType;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, { message: URL_MESSAGE })
  @MaxLength(1000)
  sourceUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) sourceTitle?: string | null;
  @Field(() => [NoteTagEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(NoteTagEnum), { each: true })
  @ArrayMaxSize(7)
  tags?: NoteTag[];
  @Field(() => ConfidenceEnum, { nullable: true }) @IsOptional() @IsIn(values(ConfidenceEnum)) confidence?: Confidence;
}

@InputType()
export class UpdateResearchNoteInput extends PartialType(OmitType(CreateResearchNoteInput, ['vendorId'] as const)) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class ResearchNoteFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() vendorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => [NoteTagEnum], { nullable: true, description: 'Notes with any of these tags.' })
  @IsOptional()
  @IsIn(values(NoteTagEnum), { each: true })
  tags?: NoteTag[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() archived = false;
}

// ---- reference checks ----------------------------------------------------------------------

@InputType()
export class ReferenceAnswerInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() questionId?: string | null;
  @Field({ description: 'The question as asked; may differ from the stored question.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  question!: string;
  @Field() @IsString() @MaxLength(5000) answer!: string;
}

@InputType()
export class CreateReferenceCheckInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the library you spoke to.' }) @MaxLength(200) libraryName!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) contactName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  contactEmail?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: DATE_MESSAGE }) checkedOn!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @IsInt()
  @Min(1, { message: 'Rate from 1 to 5.' })
  @Max(5, { message: 'Rate from 1 to 5.' })
  rating!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) summary?: string | null;
  @Field(() => [ReferenceAnswerInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReferenceAnswerInput)
  @ArrayMaxSize(100)
  answers?: ReferenceAnswerInput[];
}

@InputType()
export class UpdateReferenceCheckInput extends PartialType(
  OmitType(CreateReferenceCheckInput, ['productId'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class ReferenceQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a question.' }) @IsOptional() @IsUUID() id?: string;
  @Field(() => Int, { nullable: true, description: 'Required when editing.' }) @IsOptional() @IsInt() version?: number;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the question.' }) @MaxLength(1000) text!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}
