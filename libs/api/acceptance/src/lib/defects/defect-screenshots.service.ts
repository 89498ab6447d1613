import {
  AppConfig,
  AuditService,
  badInput,
  FILE_STORAGE,
  FileStorage,
  forbidden,
  newStorageKey,
  notFound,
  ReceivedFile,
  receivedFileSha256,
  RequestActor,
  sanitiseFileName,
  sniffFileWithFileType,
  StoredFileMissingError,
  uploadTooLarge,
} from '@assay/api/core';
import { AttachmentEntity } from '@assay/api/data';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { DefectAccess } from './defect-access.service';
import { DefectScreenshot } from './defects.types';

/** The image types a screenshot may be, by what the bytes are (never the client's name or type). */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Screenshots kept with a defect, as test evidence is: the bytes in FileStorage under a key of the
 * server's making, the attachment row with the cleaned name, the type detected from the bytes, the
 * size and SHA-256. The reporter of the defect and those who work on it add them; its readers
 * download them.
 */
@Injectable()
export class DefectScreenshotsService {
  private readonly logger = new Logger('DefectScreenshots');

  constructor(
    private readonly dataSource: DataSource,
    private readonly defectAccess: DefectAccess,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Refuses, before any bytes are read, someone who may not add a screenshot to the defect. */
  async assertMayAdd(actor: RequestActor, defectId: string): Promise<void> {
    if (!UUID.test(defectId)) throw notFound('The defect');
    const defect = await this.defectAccess.defect(actor, defectId, 'read');
    if (defect.reporterId === actor.id) return;
    if (!(await this.defectAccess.mayWorkNow(actor, defect))) {
      throw forbidden('Only its reporter and the people who work on the defect may add a screenshot.');
    }
  }

  /** Checks and stores a screenshot: a PNG, JPEG, GIF or WebP image by its bytes, within the upload limit. */
  async upload(actor: RequestActor, defectId: string, file: ReceivedFile | undefined): Promise<DefectScreenshot> {
    await this.assertMayAdd(actor, defectId);
    const defect = await this.defectAccess.defect(actor, defectId, 'read');
    if (!file) {
      throw badInput('Choose an image to upload (the multipart field "file").', [
        { field: 'file', problems: ['This is required.'] },
      ]);
    }
    if (file.size > this.config.maxUploadBytes) throw uploadTooLarge(this.config);
    const sniffed = file.size > 0 ? await sniffFileWithFileType(file.path) : undefined;
    const contentType = sniffed ? IMAGE_TYPES[sniffed.ext] : undefined;
    if (!sniffed || !contentType) {
      const message = `The screenshot must be a PNG, JPEG, GIF or WebP image; ${
        sniffed ? `this file is a .${sniffed.ext} file` : 'this file is not an image'
      }.`;
      throw badInput(message, [{ field: 'file', problems: [message] }]);
    }
    // The name is kept for people to read; its extension follows what the bytes are.
    const base = sanitiseFileName(file.originalname).replace(/\.[^.]*$/, '') || 'screenshot';
    const fileName = `${base}.${sniffed.ext}`;
    const sha256 = await receivedFileSha256(file);
    const storageKey = newStorageKey();
    await this.storage.put(storageKey, createReadStream(file.path));
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        await this.defectAccess.lockForWrite(manager, defect);
        const repository = manager.getRepository(AttachmentEntity);
        const row = await repository.save(
          repository.create({
            ownerType: 'defect',
            ownerId: defect.id,
            fileName,
            contentType,
            sizeBytes: file.size,
            sha256,
            storageKey,
            uploadedBy: actor.id,
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'defect',
          objectId: defect.id,
          action: 'attachment_added',
          evaluationId: defect.evaluationId,
          after: { attachmentId: row.id, fileName, contentType, sizeBytes: file.size, sha256 },
        });
        return row;
      });
      return screenshotOf(saved);
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.error(`Could not remove ${storageKey} after a failed upload: ${String(cleanup)}`),
        );
      throw error;
    }
  }

  /** The defect's screenshots, oldest first; the defect was read through a path that checked who may. */
  async of(defectId: string): Promise<DefectScreenshot[]> {
    const rows = await this.dataSource.getRepository(AttachmentEntity).find({
      where: { ownerType: 'defect', ownerId: In([defectId]) },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    return rows.map(screenshotOf);
  }

  /** The screenshot and its bytes, for those who may read the defect. */
  async open(
    actor: RequestActor,
    defectId: string,
    screenshotId: string,
  ): Promise<{ screenshot: DefectScreenshot; stream: Readable }> {
    if (!UUID.test(defectId)) throw notFound('The defect');
    await this.defectAccess.defect(actor, defectId, 'read');
    const row = UUID.test(screenshotId)
      ? await this.dataSource
          .getRepository(AttachmentEntity)
          .findOneBy({ id: screenshotId, ownerType: 'defect', ownerId: defectId })
      : null;
    if (!row) throw notFound('The screenshot');
    try {
      return { screenshot: screenshotOf(row), stream: await this.storage.get(row.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`Screenshot ${row.id} has no stored file under ${row.storageKey}.`);
      throw notFound('The screenshot’s file');
    }
  }
}

function screenshotOf(row: AttachmentEntity): DefectScreenshot {
  return Object.assign(new DefectScreenshot(), {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedAt: row.uploadedAt,
  });
}
