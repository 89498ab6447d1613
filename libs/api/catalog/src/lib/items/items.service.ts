import { AccessPolicy, HistoryEntry, HistoryReader, RequestActor } from '@assay/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogStore } from './catalog-store';
import { CatalogKind } from './items.types';

/** Archiving and restoring any kind of catalogue object, and its history. */
@Injectable()
export class ItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly store: CatalogStore,
    private readonly historyReader: HistoryReader,
  ) {}

  async setArchived(
    actor: RequestActor,
    kind: CatalogKind,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<{ kind: CatalogKind; id: string; version: number; archivedAt: Date | null }> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.store.setArchived<{ id: string; version: number; archivedAt: Date | null }>(
        manager,
        actor,
        kind,
        id,
        version,
        archived,
      );
      return { kind, id: saved.id, version: saved.version, archivedAt: saved.archivedAt };
    });
  }

  /** Who changed the object, when, and each field before and after — newest first. */
  async history(actor: RequestActor, kind: CatalogKind, id: string): Promise<HistoryEntry[]> {
    return this.historyReader.history(kind, id);
  }
}
