import type { ProductHosting, ProductLicence, VendorStatus } from '@assay/api/data';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { VendorFilter } from '../vendors/vendors.inputs';
import { HostingEnum, LicenceEnum, VendorStatusEnum } from '../vendors/vendors.types';

/** The GraphQL enum's names (ACTIVE, VENDOR_HOSTED) in lower case are the stored values. */
const oneOf = (name: string, e: Record<string, string>) =>
  `${name} must be one of ${Object.keys(e).join(', ')}, in any case`;

/** "" → undefined; other text trimmed and in lower case; anything else left for the validator to refuse. */
function lowerText({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  return text === '' ? undefined : text;
}

/** A repeatable parameter (?status=active&status=watch) or a comma-separated one (?status=active,watch). */
function lowerList({ value }: { value: unknown }): unknown {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [item],
  );
  const cleaned = items
    .map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item))
    .filter((item) => item !== '');
  return cleaned.length === 0 ? undefined : cleaned;
}

function flag({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : value;
}

/**
 * The query parameters of `GET /api/export/vendors.csv|xlsx`: the vendor list's filter.
 * Enum values are the GraphQL names in any case (status=ACTIVE or status=active).
 */
export class VendorExportQuery {
  @IsOptional()
  @IsString({ message: 'search must be given once, as text' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string;

  @IsOptional()
  @Transform(lowerList)
  @IsIn(Object.values(VendorStatusEnum), { each: true, message: oneOf('status', VendorStatusEnum) })
  @ArrayMaxSize(10, { message: 'status may be given at most 10 times' })
  status?: VendorStatus[];

  @IsOptional()
  @Transform(lowerText)
  @IsIn(Object.values(LicenceEnum), { message: oneOf('licence', LicenceEnum) })
  licence?: ProductLicence;

  @IsOptional()
  @Transform(lowerText)
  @IsIn(Object.values(HostingEnum), { message: oneOf('hosting', HostingEnum) })
  hosting?: ProductHosting;

  @IsOptional()
  @Transform(flag)
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;

  toFilter(): VendorFilter {
    return Object.assign(new VendorFilter(), {
      search: this.search?.trim() || undefined,
      status: this.status,
      licence: this.licence,
      hosting: this.hosting,
      archived: this.archived ?? false,
    });
  }
}
