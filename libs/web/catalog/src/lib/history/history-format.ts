import { plural } from '@assay/web/ui';
import {
  CATEGORY,
  CONFIDENCE,
  HOSTING,
  LICENCE,
  NOTE_TAG,
  RATING_WORDS,
  SOURCE_TYPE,
  VENDOR_STATUS,
} from '../catalog-labels';

/** Enumerated fields: the database keeps lower-case values ("open_source"), the labels use the GraphQL names. */
const ENUM_LABELS: Record<string, Record<string, string>> = {
  status: VENDOR_STATUS,
  category: CATEGORY,
  licence: LICENCE,
  hosting: HOSTING,
  sourceType: SOURCE_TYPE,
  tags: NOTE_TAG,
  confidence: CONFIDENCE,
};

const LONG_TEXT = 160;

/**
 * One audited value (JSON text, or null) as a person reads it: labels for enumerations, names
 * for the ids the page knows, "3 answers" for lists of objects, long text shortened.
 */
export function historyValue(
  field: string,
  json: string | null,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  return describe(field, value, names);
}

function describe(field: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  const labels = ENUM_LABELS[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((item) => typeof item === 'string'))
      return value.map((item) => describe(field, item, names)).join(', ');
    return plural(value.length, 'answer');
  }
  if (typeof value === 'string') {
    if (labels) return labels[value.toUpperCase()] ?? value;
    if (field.endsWith('Id')) return names.get(value) ?? 'another record';
    return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1)}…` : value;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && field === 'rating')
    return `${value} of 5 (${RATING_WORDS[value] ?? ''})`.replace(' ()', '');
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
