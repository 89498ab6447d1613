import { analyse } from 'chardet';
import { decode } from 'iconv-lite';
import { badInput } from '../errors/app-error';

/** The encodings a text upload (CSV) is read in, by the names people see in office software. */
export type TextEncoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const ICONV_NAME = {
  'UTF-8': 'utf8',
  'UTF-16 LE': 'utf16le',
  'UTF-16 BE': 'utf16be',
  'Windows-1252': 'windows1252',
} as const satisfies Record<TextEncoding, string>;

/** Characters no text file holds: C0 controls other than tab and line breaks, C1 controls, and the replacement character. */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

/**
 * Reads bytes that should be text in the encoding they were written in: a byte order mark says
 * UTF-8 or UTF-16 (little or big endian); without one, UTF-16 shows in its zero bytes, bytes that
 * are valid UTF-8 are UTF-8, and anything else is Windows-1252, what Excel on Windows and
 * LibreOffice write as plain "CSV" in Western locales (a superset of ISO-8859-1), unless chardet
 * recognises another script (Cyrillic, Japanese…), which is refused rather than misread. Bytes
 * that decode to control characters are not text (a binary file): refused.
 */
export function decodeText(bytes: Buffer): DecodedText {
  const encoding = detectEncoding(bytes);
  let text = decode(bytes, ICONV_NAME[encoding], { stripBOM: true });
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (NOT_TEXT.test(text)) {
    throw badInput(
      'The file is neither an Excel workbook (.xlsx) nor CSV text (UTF-8, UTF-16 or Windows-1252). Save it as CSV or .xlsx and try again.',
    );
  }
  return { text, encoding };
}

export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return utf16;
  if (isUtf8(bytes)) return 'UTF-8';
  // A legacy encoding. chardet's statistics cannot reliably tell the Western ones apart on a short
  // list (Windows-1252 text scores as ISO-8859-1 or -2 alike), but they do recognise text in a
  // script Windows-1252 cannot hold, which would otherwise be read as nonsense.
  const [guess] = analyse(bytes.subarray(0, 64 * 1024));
  if (guess && guess.confidence >= 40 && !LATIN.test(guess.name)) {
    throw badInput(
      `The file looks like text in ${guess.name}, which Assay does not read. Save it as "CSV UTF-8" or .xlsx and try again.`,
    );
  }
  return 'Windows-1252';
}

/** Encodings of Latin-script text that Windows-1252 reads (near enough for chardet's guesses among them). */
const LATIN = /^(ASCII|UTF-8|ISO-8859-(1|2|3|4|9|10|13|14|15|16)|windows-125[02478])$/;

/** Latin text in UTF-16 without a byte order mark: nearly every other byte is 0 (the odd ones little endian, the even ones big endian). */
function utf16WithoutMark(bytes: Buffer): TextEncoding | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, 64 * 1024);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'UTF-16 LE';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'UTF-16 BE';
  return null;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
