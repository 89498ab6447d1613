import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition } from '../files/file-name';

/** A file answered for download: never cached, saved under `fileName`. */
export function fileDownload(res: Response, bytes: Uint8Array, fileName: string, contentType: string): StreamableFile {
  res.set({
    'Content-Type': contentType,
    'Content-Disposition': attachmentDisposition(fileName),
    'Cache-Control': 'private, no-store',
  });
  return new StreamableFile(bytes);
}
