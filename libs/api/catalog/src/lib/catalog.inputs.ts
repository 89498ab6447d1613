import type {
  Confidence,
  NoteSourceType,
  NoteTag,
  ProductCategory,
  ProductHosting,
  ProductLicence,
  VendorStatus,
} from '@assay/api/data';
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
import {
  CatalogKind,
  CatalogKindEnum,
  ConfidenceEnum,
  HostingEnum,
  LicenceEnum,
  NoteSourceTypeEnum,
  NoteTagEnum,
  ProductCategoryEnum,
  SearchKind,
  SearchKindEnum,
  SortDirectionEnum,
  VendorSortFieldEnum,
  VendorStatusEnum,
} from './catalog.types';

const WEB_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = 'Enter a full web address starting with https:// or http://.';
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD.';
const values = <T extends Record<string, string>>(e: T) => Object.values(e);

// ---- vendors -------------------------------------------------------------------------------

@InputType()
export class CreateVendorInput {
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the vendor’s name.' }) @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, { message: URL_MESSAGE })
  @MaxLength(500)
  website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) headquarters?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) companyNotes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) supportModel?: string | null;
  @Field(() => VendorStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(values(VendorStatusEnum))
  status?: VendorStatus;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateVendorInput extends PartialType(CreateVendorInput) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version you edited.' }) @IsInt() version!: number;
}

@InputType()
export class VendorSort {
  @Field(() => VendorSortFieldEnum, { defaultValue: 'name' }) @IsIn(values(VendorSortFieldEnum)) field = 'name';
  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' }) @IsIn(values(SortDirectionEnum)) direction: 'ASC' | 'DESC' =
    'ASC';
}

@InputType()
export class VendorFilter {
  @Field({ nullable: true, description: 'Words in the name, headquarters, support or company notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [VendorStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(VendorStatusEnum), { each: true })
  status?: VendorStatus[];

  @Field(() => LicenceEnum, { nullable: true, description: 'Vendors with at least one product under this licence.' })
  @IsOptional()
  @IsIn(values(LicenceEnum))
  licence?: ProductLicence;

  @Field(() => HostingEnum, { nullable: true, description: 'Vendors with at least one product offered this way.' })
  @IsOptional()
  @IsIn(values(HostingEnum))
  hosting?: ProductHosting;

  @Field(() => Boolean, { defaultValue: false, description: 'true: only archived vendors; false: only current ones.' })
  @IsBoolean()
  archived = false;
}

// ---- products and versions -----------------------------------------------------------------

@InputType()
export class CreateProductInput {
  @Field(() => ID) @IsUUID() vendorId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the product’s name.' }) @MaxLength(200) name!: string;
  @Field(() => ProductCategoryEnum) @IsIn(values(ProductCategoryEnum)) category!: ProductCategory;
  @Field(() => LicenceEnum)
  @IsIn(values(LicenceEnum), { message: 'Choose open source or proprietary.' })
  licence!: ProductLicence;
  @Field(() => [HostingEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(HostingEnum), { each: true })
  @ArrayMaxSize(3)
  hosting?: ProductHosting[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEB_URL, { message: URL_MESSAGE })
  @MaxLength(500)
  website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
}

@InputType()
export class UpdateProductInput extends PartialType(OmitType(CreateProductInput, ['vendorId'] as const)) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class ProductFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() vendorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => ProductCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(values(ProductCategoryEnum))
  category?: ProductCategory;
  @Field(() => LicenceEnum, { nullable: true }) @IsOptional() @IsIn(values(LicenceEnum)) licence?: ProductLicence;
  @Field(() => HostingEnum, { nullable: true }) @IsOptional() @IsIn(values(HostingEnum)) hosting?: ProductHosting;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() archived = false;
}

@InputType()
export class CreateProductVersionInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the release, e.g. 24.11.' }) @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) releaseDate?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class UpdateProductVersionInput extends PartialType(
  OmitType(CreateProductVersionInput, ['productId'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

// ---- contacts ------------------------------------------------------------------------------

@InputType()
export class CreateContactInput {
  @Field(() => ID) @IsUUID() vendorId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter the person’s name.' }) @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) role?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

@InputType()
export class UpdateContactInput extends PartialType(OmitType(CreateContactInput, ['vendorId'] as const)) {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

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

// ---- shared --------------------------------------------------------------------------------

@InputType()
export class CatalogItemRef {
  @Field(() => CatalogKindEnum) @IsIn(values(CatalogKindEnum)) kind!: CatalogKind;
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version you saw.' }) @IsInt() version!: number;
}

@InputType()
export class CatalogSearchInput {
  @Field({ description: 'Words to find; "quoted phrases" and -excluded words work as in a web search.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter something to search for.' })
  @MaxLength(200)
  text!: string;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Limit to these kinds; all when omitted.' })
  @IsOptional()
  @IsIn(values(SearchKindEnum), { each: true })
  kinds?: SearchKind[];
}
