import {
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
import { AttachmentEntity, TestResultEntity, TestRunEntity } from '@assay/api/data';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { TestAccess, TestNeed } from '../plans/test-access.service';
import { assertRunOpen } from '../runs/runs.service';
import { TestResultAttachment } from './evidence.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HIDDEN = 'The test result';

/**
 * Evidence on a run's results (a screenshot pasted while testing, a log file). Those who execute
 * the run add and remove it while the run is open; everyone who reads the plan may download it.
 * The bytes go to FileStorage under a key of the server's making, the row holds the cleaned name,
 * the type detected from the bytes, size and SHA-256, and the result's history records each change.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('TestEvidence');

  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * Refuses, before any bytes are read, someone who may not add evidence to the result: NOT_FOUND
   * to those who cannot see it, FORBIDDEN to readers who do not execute the run.
   */
  async assertMayAdd(actor: RequestActor, resultId: string): Promise<void> {
    await this.resultFor(actor, resultId, 'execute');
  }

  /** Checks and stores an upload; nothing is kept when a check fails, nor a file without its row. */
  async upload(actor: RequestActor, resultId: string, file: ReceivedFile | undefined): Promise<TestResultAttachment> {
    const { result, run } = await this.resultFor(actor, resultId, 'execute');
    if (!file)
      throw badInput('Choose a file to upload (the multipart field "file").', [
        { field: 'file', problems: ['Required.'] },
      ]);
    if (file.size > this.config.maxUploadBytes) throw this.tooLarge();
    const fileName = sanitiseFileName(file.originalname);
    const contentType = await detectFileContentType(file.path, file.size, fileName);
    const sha256 = await receivedFileSha256(file);

    const storageKey = newStorageKey();
    await this.storage.put(storageKey, createReadStream(file.path));
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const plan = await this.testAccess.lockForWrite(manager, run.planId, HIDDEN);
        await this.lockOpenRun(manager, run.id);
        const repository = manager.getRepository(AttachmentEntity);
        const row = await repository.save(
          repository.create({
            ownerType: 'test_result',
            ownerId: result.id,
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
          objectType: 'test_result',
          objectId: result.id,
          action: 'attachment_added',
          evaluationId: plan.evaluationId,
          after: describe(row),
        });
        return row;
      });
      return TestResultAttachment.from(saved, actor.displayName);
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

  /** For DataLoaders: the evidence of many results in one query, oldest first. */
  async byResults(resultIds: readonly string[]): Promise<Map<string, TestResultAttachment[]>> {
    const byResult = new Map<string, TestResultAttachment[]>();
    if (resultIds.length === 0) return byResult;
    const rows = await this.dataSource.getRepository(AttachmentEntity).find({
      where: { ownerType: 'test_result', ownerId: In([...resultIds]) },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    const uploaders = [...new Set(rows.map((row) => row.uploadedBy).filter((id): id is string => !!id))];
    const names = new Map<string, string>(
      uploaders.length
        ? (
            await this.dataSource.query<{ id: string; display_name: string }[]>(
              'SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])',
              [uploaders],
            )
          ).map((user) => [user.id, user.display_name])
        : [],
    );
    for (const row of rows) {
      const attachment = TestResultAttachment.from(row, row.uploadedBy ? (names.get(row.uploadedBy) ?? null) : null);
      byResult.set(row.ownerId, [...(byResult.get(row.ownerId) ?? []), attachment]);
    }
    return byResult;
  }

  /** The file and its bytes, for those who may read the plan. */
  async open(
    actor: RequestActor,
    resultId: string,
    attachmentId: string,
  ): Promise<{ attachment: TestResultAttachment; stream: Readable }> {
    await this.resultFor(actor, resultId, 'read');
    const row = await this.attachmentOf(this.dataSource.manager, resultId, attachmentId);
    try {
      return { attachment: TestResultAttachment.from(row, null), stream: await this.storage.get(row.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`Attachment ${row.id} (${row.fileName}) has no stored file under ${row.storageKey}.`);
      throw notFound(`The file of “${row.fileName}”`);
    }
  }

  /** Removes the evidence (its history keeps a note of it) and then the stored file; open runs only. */
  async delete(actor: RequestActor, attachmentId: string, resultId?: string): Promise<boolean> {
    // Through HTTP the address names the result too: an attachment of another result is not found.
    const named = UUID.test(attachmentId) && (resultId === undefined || UUID.test(resultId));
    const found = named
      ? await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, ownerType: 'test_result' })
      : null;
    if (found && resultId !== undefined && found.ownerId !== resultId) throw notFound('The attachment');
    if (!found) throw notFound('The attachment');
    const { run } = await this.resultFor(actor, found.ownerId, 'execute', 'The attachment');
    const row = await this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, run.planId, 'The attachment');
      await this.lockOpenRun(manager, run.id);
      const locked = await this.attachmentOf(manager, found.ownerId, attachmentId, true);
      await manager.getRepository(AttachmentEntity).delete({ id: locked.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'test_result',
        objectId: locked.ownerId,
        action: 'attachment_deleted',
        evaluationId: plan.evaluationId,
        before: describe(locked),
      });
      return locked;
    });
    // After the commit: a crash here leaves an unreferenced file, never a row without its file.
    await this.storage
      .delete(row.storageKey)
      .catch((error: unknown) =>
        this.logger.error(
          `Could not remove the file of deleted attachment ${row.id} (${row.storageKey}): ${String(error)}`,
        ),
      );
    return true;
  }

  /** The result and its run, if the actor may `need` the run's plan; NOT_FOUND otherwise, as for a missing id. */
  private async resultFor(
    actor: RequestActor,
    resultId: string,
    need: TestNeed,
    hiddenAs = HIDDEN,
  ): Promise<{ result: TestResultEntity; run: TestRunEntity }> {
    const result = UUID.test(resultId)
      ? await this.dataSource.getRepository(TestResultEntity).findOneBy({ id: resultId })
      : null;
    if (!result) throw notFound(hiddenAs);
    const run = await this.dataSource.getRepository(TestRunEntity).findOneByOrFail({ id: result.runId });
    // Readers first: someone who cannot see the plan is told it does not exist, whatever they asked to do.
    await this.testAccess.plan(actor, run.planId, 'read', hiddenAs);
    if (need !== 'read') {
      await this.testAccess.plan(actor, run.planId, need, hiddenAs);
      assertRunOpen(run);
    }
    return { result, run };
  }

  private async lockOpenRun(manager: EntityManager, runId: string): Promise<void> {
    const [locked]: { status: TestRunEntity['status'] }[] = await manager.query(
      'SELECT status FROM test_run WHERE id = $1 FOR SHARE',
      [runId],
    );
    assertRunOpen(locked);
  }

  private async attachmentOf(
    manager: EntityManager,
    resultId: string,
    attachmentId: string,
    lock = false,
  ): Promise<AttachmentEntity> {
    const row = UUID.test(attachmentId)
      ? await manager.getRepository(AttachmentEntity).findOne({
          where: { id: attachmentId, ownerType: 'test_result', ownerId: resultId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!row) throw notFound('The attachment');
    return row;
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
