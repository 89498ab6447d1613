import {
  AccessPolicy,
  AppConfig,
  AuditService,
  badInput,
  detectFileContentType,
  FILE_STORAGE,
  FileStorage,
  newStorageKey,
  notFound,
  ReceivedFile,
  receivedFileSha256,
  RequestActor,
  sanitiseFileName,
  StoredFileMissingError,
  uploadTooLarge,
} from '@assay/api/core';
import { AttachmentEntity } from '@assay/api/data';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { CATALOG_KINDS } from '../items/catalog-store';
import { Attachment, AttachmentOwnerKind } from './attachments.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Files kept with vendors, products, research notes and reference checks. The bytes go to
 * FileStorage under a key of the server's making; the row holds the cleaned name, the type
 * detected from the bytes, size and SHA-256. Changes are recorded in the owner's history.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * Checks and stores an upload. Nothing is kept when any check fails; when the database write
   * fails after the file was stored, the file is removed again.
   */
  async upload(
    actor: RequestActor,
    ownerKind: AttachmentOwnerKind,
    ownerId: string,
    file: ReceivedFile | undefined,
  ): Promise<Attachment> {
    await this.access.requireCatalogueEditor(actor);
    if (!file)
      throw badInput('Choose a file to upload (the multipart field "file").', [
        { field: 'file', problems: ['Required.'] },
      ]);
    if (file.size > this.config.maxUploadBytes) throw this.tooLarge();
    await this.assertOwnerExists(ownerKind, ownerId);
    const fileName = sanitiseFileName(file.originalname);
    const contentType = await detectFileContentType(file.path, file.size, fileName);
    const sha256 = await receivedFileSha256(file);

    const storageKey = newStorageKey();
    await this.storage.put(storageKey, createReadStream(file.path));
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(AttachmentEntity);
        const row = await repository.save(
          repository.create({
            ownerType: ownerKind,
            ownerId,
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
          objectType: ownerKind,
          objectId: ownerId,
          action: 'attachment_added',
          after: describe(row),
        });
        return row;
      });
      return Attachment.from(saved);
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.error(`Could not remove ${storageKey} after a failed upload: ${String(cleanup)}`),
        );
      throw error;
    }
  }

  /** The error for a file over ASSAY_MAX_UPLOAD_MB, answered with HTTP 413. */
  tooLarge() {
    return uploadTooLarge(this.config);
  }

  /** Oldest first, as they were added. */
  async list(actor: RequestActor, ownerKind: AttachmentOwnerKind, ownerId: string): Promise<Attachment[]> {
    await this.assertOwnerExists(ownerKind, ownerId);
    return (await this.byOwners(actor, ownerKind, [ownerId])).get(ownerId) ?? [];
  }

  /** For DataLoaders: the attachments of many owners of one kind in one query. */
  async byOwners(
    actor: RequestActor,
    ownerKind: AttachmentOwnerKind,
    ownerIds: readonly string[],
  ): Promise<Map<string, Attachment[]>> {
    const rows = await this.dataSource
      .getRepository(AttachmentEntity)
      .find({ where: { ownerType: ownerKind, ownerId: In([...ownerIds]) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    const byOwner = new Map<string, Attachment[]>();
    for (const row of rows) {
      byOwner.set(row.ownerId, [...(byOwner.get(row.ownerId) ?? []), Attachment.from(row)]);
    }
    return byOwner;
  }

  /** The attachment and its bytes, for any signed-in person. */
  async open(actor: RequestActor, id: string): Promise<{ attachment: Attachment; stream: Readable }> {
    const row = UUID.test(id) ? await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id }) : null;
    if (!row) throw notFound('The attachment');
    try {
      return { attachment: Attachment.from(row), stream: await this.storage.get(row.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`Attachment ${row.id} (${row.fileName}) has no stored file under ${row.storageKey}.`);
      throw notFound(`The file of “${row.fileName}”`);
    }
  }

  /** Removes the row (with its history entry) and then the stored file. */
  async delete(actor: RequestActor, id: string): Promise<boolean> {
    await this.access.requireCatalogueEditor(actor);
    if (!UUID.test(id)) throw notFound('The attachment');
    const row = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AttachmentEntity);
      const found = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw notFound('The attachment');
      await repository.delete({ id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: found.ownerType,
        objectId: found.ownerId,
        action: 'attachment_deleted',
        before: describe(found),
      });
      return found;
    });
    // After the commit: a file left behind by a crash here is unreferenced, never a row without its file.
    await this.storage
      .delete(row.storageKey)
      .catch((error: unknown) =>
        this.logger.error(
          `Could not remove the file of deleted attachment ${row.id} (${row.storageKey}): ${String(error)}`,
        ),
      );
    return true;
  }

  private async assertOwnerExists(ownerKind: AttachmentOwnerKind, ownerId: string): Promise<void> {
    const { entity, label } = CATALOG_KINDS[ownerKind];
    const exists = UUID.test(ownerId) && (await this.dataSource.getRepository(entity).existsBy({ id: ownerId }));
    if (!exists) throw notFound(`The ${label}`);
  }
}

function describe(row: AttachmentEntity): Record<string, unknown> {
  return {
    attachmentId: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
  };
}
