import { InjectionToken, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from './audit/audit.service';
import { HistoryReader } from './audit/history.reader';
import { VersionedEdit } from './audit/versioned-edit';
import { AccessPolicy } from './auth/access-policy';
import { ApiTokenService } from './auth/api-token.service';
import { PasswordHasher } from './auth/password-hasher';
import { SessionService } from './auth/session.service';
import { FirstStartService } from './bootstrap/first-start.service';
import { AppConfig } from './config/app-config';
import { CandidateCostsService } from './evaluation/candidate-costs.service';
import { ResultsRecorded } from './events/results-recorded';
import { DatabaseFileStorage } from './files/database-file-storage';
import { FILE_STORAGE, StorageWithEarlierFiles } from './files/file-storage';
import { LocalDiskStorage } from './files/local-disk-storage';
import { ShutdownState } from './http/shutdown-state';
import { Notifier } from './notifications/notifier';

/**
 * What core gives every feature to inject. CoreModule provides and exports exactly these, and the
 * unit tests' bed (`@assay/api/core/testing`) provides the same list, so a service added here
 * reaches the features in the app and in their unit tests alike.
 */
export function coreProviders(config: AppConfig, dataSource: DataSource): Provider[] {
  return [
    { provide: AppConfig, useValue: config },
    { provide: DataSource, useValue: dataSource },
    // Uploaded files: in the database or on the local disk, as ASSAY_FILES_STORE says.
    {
      provide: FILE_STORAGE,
      // The database store still reads the files an installation kept on disk before it.
      useFactory: (appConfig: AppConfig, database: DataSource) =>
        appConfig.filesStore === 'database'
          ? new StorageWithEarlierFiles(new DatabaseFileStorage(database), new LocalDiskStorage(appConfig.filesDir))
          : new LocalDiskStorage(appConfig.filesDir, appConfig.filesDirIsTemporary),
      inject: [AppConfig, DataSource],
    },
    AccessPolicy,
    ApiTokenService,
    AuditService,
    CandidateCostsService,
    FirstStartService,
    HistoryReader,
    Notifier,
    PasswordHasher,
    ResultsRecorded,
    SessionService,
    ShutdownState,
    VersionedEdit,
  ];
}

/** The tokens of a provider list, for a module's `exports`. */
export function tokensOf(providers: Provider[]): InjectionToken[] {
  return providers.map((provider) => ('provide' in provider ? provider.provide : provider));
}
