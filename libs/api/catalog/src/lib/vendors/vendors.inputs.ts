import type { ProductCategory, ProductHosting, ProductLicence, VendorStatus } from '@assay/api/data';
import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
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
  MaxLength,
} from 'class-validator';
import { DATE, DATE_MESSAGE, URL_MESSAGE, values, WEB_URL } from '../items/input-rules';
import {
  HostingEnum,
  LicenceEnum,
  ProductCategoryEnum,
  SortDirectionEnum,
  VendorSortFieldEnum,
  VendorStatusEnum,
} from './vendors.types';

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
