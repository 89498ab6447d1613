import { PRIORITY, REQUIREMENT_STATUS, VERIFICATION_METHOD } from '../evaluation-labels';

/** The database keeps lower-case values ("must"); the labels use the GraphQL names. */
const ENUM_LABELS: Record<string, Record<string, string>> = {
  priority: PRIORITY,
  status: REQUIREMENT_STATUS,
  verificationMethod: VERIFICATION_METHOD,
};

const LONG_TEXT = 200;

/** One audited value (JSON text, or null) as people read it: labels, department names, yes/no, long text shortened. */
export function historyValue(field: string, json: string | null, departments: ReadonlyMap<string, string>): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    const labels = ENUM_LABELS[field];
    if (labels) return labels[value.toUpperCase()] ?? value;
    if (field === 'departmentId') return departments.get(value) ?? 'another department';
    return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1)}…` : value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
