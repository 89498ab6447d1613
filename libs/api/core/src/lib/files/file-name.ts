/** The longest file name kept, in characters (the attachment table allows 200). */
export const MAX_FILE_NAME_LENGTH = 200;

/** Longest tail after the last dot that is still treated as an extension when shortening. */
const MAX_EXTENSION_LENGTH = 16;

/**
 * A client's file name made safe to store and show: only its last path segment, without control
 * or bidirectional-override characters (which can disguise `exe.pdf` as `fdp.exe`), without path
 * separators, whitespace collapsed, at most 200 characters with the extension kept. Never used as
 * a path. Empty → "file".
 */
export function sanitiseFileName(raw: string | null | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // Tabs and line breaks become spaces; then the other C0 and C1 controls, DEL and the Unicode
    // bidirectional controls go: removing them is the point.
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    // Trailing dots and spaces are dropped by Windows; leading dots would make a hidden file.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned === '') return 'file';
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const extension = extensionOf(cleaned);
  const keep = extension && extension.length + 1 <= MAX_EXTENSION_LENGTH ? `.${extension}` : '';
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - Array.from(keep).length)
      .join('')
      .trimEnd() + keep
  );
}

/** The extension in lower case without the dot ("pdf"), or "" when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * `Content-Disposition: attachment` naming the file (RFC 6266): an ASCII `filename` for old
 * clients and the exact name as UTF-8 in `filename*` (RFC 8187).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
