import { DefectSeverityValue, DefectStatusValue } from '@assay/api/data';
import { DEFECT_SEVERITIES, DEFECT_STATUSES } from '@assay/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DefectFilter } from './defects.inputs';

/** A repeatable parameter (?status=open&status=fixed) or a comma-separated one, in lower case ("IN_PROGRESS" → "in_progress"). */
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

const blankAsMissing = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The query parameters of `GET /api/evaluations/:id/defects/export.csv|xlsx`: the defect list's
 * filter. Statuses and severities are the GraphQL names in any case (status=IN_PROGRESS or in_progress).
 */
export class DefectExportQuery {
  @IsOptional()
  @Transform(lowerList)
  @IsIn(DEFECT_STATUSES, { each: true, message: `status must be one of ${DEFECT_STATUSES.join(', ')}, in any case` })
  @ArrayMaxSize(8, { message: 'status may be given at most 8 times' })
  status?: DefectStatusValue[];

  @IsOptional()
  @Transform(lowerList)
  @IsIn(DEFECT_SEVERITIES, {
    each: true,
    message: `severity must be one of ${DEFECT_SEVERITIES.join(', ')}, in any case`,
  })
  @ArrayMaxSize(4, { message: 'severity may be given at most 4 times' })
  severity?: DefectSeverityValue[];

  @IsOptional()
  @Transform(blankAsMissing)
  @IsString({ message: 'component must be given once, as text' })
  @MaxLength(200, { message: 'component must be at most 200 characters' })
  component?: string;

  @IsOptional()
  @Transform(blankAsMissing)
  @IsUUID('all', { message: 'candidateId must be a candidate id' })
  candidateId?: string;

  @IsOptional()
  @Transform(blankAsMissing)
  @IsUUID('all', { message: 'productId must be a product id' })
  productId?: string;

  @IsOptional()
  @IsString({ message: 'text must be given once, as text' })
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string;

  toFilter(): DefectFilter {
    return Object.assign(new DefectFilter(), {
      statuses: this.status,
      severities: this.severity,
      component: this.component?.trim() || undefined,
      candidateId: this.candidateId,
      productId: this.productId,
      text: this.text?.trim() || undefined,
    });
  }
}
