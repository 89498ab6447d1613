import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { AppError, badInput } from '../errors/app-error';
import { extensionOf } from './file-name';

/** What the bytes of a file are, as a sniffer reports it: file-type's extension and media type. */
export interface SniffedType {
  ext: string;
  mime: string;
}
export type Sniffer = (bytes: Uint8Array) => Promise<SniffedType | undefined>;

/** An Excel workbook's media type, as accepted in uploads and sent with spreadsheet exports. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** CSV text as Assay writes it (UTF-8), accepted in uploads and sent with CSV exports. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

interface AcceptedType {
  /** Stored as the attachment's content type and sent with every download. */
  contentType: string;
  /** The file-name extensions that fit; the first is the one to suggest. */
  extensions: string[];
  label: string;
}

/** Types recognised by their bytes (magic numbers, or the parts inside a ZIP container). */
const BINARY_TYPES: AcceptedType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], label: 'a PDF document' },
  { contentType: 'image/png', extensions: ['png'], label: 'a PNG image' },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'a JPEG image' },
  { contentType: 'image/gif', extensions: ['gif'], label: 'a GIF image' },
  { contentType: 'image/webp', extensions: ['webp'], label: 'a WebP image' },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'a Word document',
  },
  {
    contentType: XLSX_CONTENT_TYPE,
    extensions: ['xlsx'],
    label: 'an Excel workbook',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'a PowerPoint presentation',
  },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'an OpenDocument text' },
  {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'an OpenDocument spreadsheet',
  },
];

/** Plain text has no magic number: accepted by name, when the bytes are UTF-8 without NULs. */
const TEXT_TYPES: AcceptedType[] = [
  { contentType: 'text/plain; charset=utf-8', extensions: ['txt'], label: 'plain text' },
  { contentType: CSV_CONTENT_TYPE, extensions: ['csv'], label: 'CSV text' },
  { contentType: 'text/markdown; charset=utf-8', extensions: ['md'], label: 'Markdown text' },
];

export const ACCEPTED_EXTENSIONS = [...BINARY_TYPES, ...TEXT_TYPES].flatMap((type) => type.extensions);
const ACCEPTED_LIST =
  'PDF, PNG, JPEG, GIF, WebP, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods) and UTF-8 text (.txt, .csv, .md)';

let fileTypeModule:
  | Promise<{
      fileTypeFromBuffer: (bytes: Uint8Array) => Promise<SniffedType | undefined>;
      fileTypeFromFile: (path: string) => Promise<SniffedType | undefined>;
    }>
  | undefined;

/**
 * file-type (ESM only) loaded on first use. The API is compiled to CommonJS with `module: node16`,
 * which keeps `import()` as a real dynamic import, so Node loads the ES module at run time.
 */
export const sniffWithFileType: Sniffer = async (bytes) => {
  fileTypeModule ??= import('file-type');
  const { fileTypeFromBuffer } = await fileTypeModule;
  return fileTypeFromBuffer(bytes);
};

/** What a file on disk is, as file-type tells from the parts of it that it reads (not the whole file). */
export async function sniffFileWithFileType(path: string): Promise<SniffedType | undefined> {
  fileTypeModule ??= import('file-type');
  const { fileTypeFromFile } = await fileTypeModule;
  return fileTypeFromFile(path);
}

/** The bytes whose type is decided: asked only what the decision needs. */
interface TypedBytes {
  size: number;
  sniff(): Promise<SniffedType | undefined>;
  /** UTF-8 without NULs. */
  isPlainText(): Promise<boolean>;
}

/**
 * The content type of an uploaded file, decided from its bytes. The file's name must end with
 * an extension that fits what the bytes are. Refuses (BAD_USER_INPUT, naming the file and what it
 * seems to be) anything outside the accepted types, and any file whose name says otherwise — an
 * executable renamed .pdf, or a PNG called report.pdf. The client's stated type is never asked.
 */
export async function detectContentType(
  bytes: Uint8Array,
  fileName: string,
  sniff: Sniffer = sniffWithFileType,
): Promise<string> {
  return decideContentType(
    { size: bytes.length, sniff: () => sniff(bytes), isPlainText: async () => isPlainText(bytes) },
    fileName,
  );
}

/**
 * `detectContentType` for an upload received to a temporary file: file-type reads the parts it
 * needs, and text is checked as a stream, so the file is never held whole in memory.
 */
export async function detectFileContentType(
  path: string,
  size: number,
  fileName: string,
  sniffFile: (path: string) => Promise<SniffedType | undefined> = sniffFileWithFileType,
): Promise<string> {
  return decideContentType({ size, sniff: () => sniffFile(path), isPlainText: () => isPlainTextFile(path) }, fileName);
}

async function decideContentType(file: TypedBytes, fileName: string): Promise<string> {
  if (file.size === 0) return refuse(`“${fileName}” is empty. Choose a file with something in it.`);
  const extension = extensionOf(fileName);
  const named = [...BINARY_TYPES, ...TEXT_TYPES].find((type) => type.extensions.includes(extension));
  const sniffed = await file.sniff();
  const found = sniffed ? BINARY_TYPES.find((type) => type.extensions.includes(sniffed.ext)) : undefined;
  let plainText: Promise<boolean> | undefined;
  const isText = () => (plainText ??= file.isPlainText());

  const text = TEXT_TYPES.find((type) => type === named);
  if (text && (await isText())) return text.contentType;
  if (found && found === named) return found.contentType;

  const wanted = named
    ? `${named.label} as its name says`
    : extension
      ? `a kind of file Assay keeps (.${extension} is not one)`
      : 'named with an extension Assay accepts';
  if (found) {
    return refuse(
      `“${fileName}” is ${found.label}, not ${wanted}. Rename it to end in .${found.extensions[0]}, or choose the file you meant.`,
      found,
    );
  }
  if (text) {
    return refuse(`“${fileName}” is not UTF-8 text. Save it as UTF-8 and upload it again.`);
  }
  if (sniffed) {
    return refuse(
      `“${fileName}” is a .${sniffed.ext} file (${sniffed.mime}), which Assay does not keep. Accepted: ${ACCEPTED_LIST}.`,
    );
  }
  if (await isText()) {
    return refuse(`“${fileName}” holds plain text, not ${wanted}. Rename it to end in .txt, .csv or .md.`);
  }
  return refuse(`Assay cannot tell what kind of file “${fileName}” is, and keeps only ${ACCEPTED_LIST}.`);
}

function isPlainText(bytes: Uint8Array): boolean {
  return isUtf8(bytes) && !bytes.includes(0);
}

/** `isPlainText` over a file read piece by piece (a character split between pieces is decoded whole). */
async function isPlainTextFile(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const piece of createReadStream(path) as AsyncIterable<Buffer>) {
      if (piece.includes(0)) return false;
      decoder.decode(piece, { stream: true });
    }
    decoder.decode();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return false;
    throw error;
  }
}

function refuse(message: string, found?: AcceptedType): never {
  const error: AppError = badInput(message, [{ field: 'file', problems: [message] }]);
  if (found) error.extensions['detectedType'] = found.contentType;
  throw error;
}
