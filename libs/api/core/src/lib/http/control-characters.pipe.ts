import { fieldsWithControlCharacters } from '@assay/domain';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';

/** GraphQL arguments (variables included, after coercion) and the plain HTTP endpoints' query, path and form fields. */
const CLIENT_INPUT = new Set<string>(['args', 'query', 'body', 'param']);

export const CONTROL_CHARACTER_PROBLEM =
  'Remove the control characters (such as NUL); only tab and line breaks are allowed in text.';

/**
 * Refuses every string input that holds a control character, before any service sees it: one
 * check at the boundary instead of one per field, so the database never meets a NUL byte.
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const fields = fieldsWithControlCharacters(value, metadata.data ?? '');
    if (fields.length === 0) return value;
    throw badInput(
      `Please correct: ${fields.map((field) => `${field} (${CONTROL_CHARACTER_PROBLEM})`).join(', ')}.`,
      fields.map((field) => ({ field, problems: [CONTROL_CHARACTER_PROBLEM] })),
    );
  }
}
