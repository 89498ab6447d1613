/**
 * Control characters no text field accepts: C0 controls except tab, line feed and carriage
 * return, and DEL. PostgreSQL refuses NUL in text outright; the others have no place in a name,
 * a search or a note and only hide content from the people reading it.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether `text` holds a control character no text field accepts. */
export function hasForbiddenControlCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** The paths (`input.contacts[1].name`) of every string inside `value` that holds such a character. */
export function fieldsWithControlCharacters(value: unknown, path: string): string[] {
  if (typeof value === 'string') return hasForbiddenControlCharacter(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => fieldsWithControlCharacters(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      fieldsWithControlCharacters(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}
