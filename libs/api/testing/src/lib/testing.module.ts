import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CaseFileController } from './case-files/case-file.controller';
import { CaseImportService } from './case-files/case-import.service';
import { CasesResolver, PlanCasesResolver } from './cases/cases.resolver';
import { CasesService } from './cases/cases.service';
import { EvidenceController } from './evidence/evidence.controller';
import { ResultEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { InstallationsResolver, RunInstallationsResolver } from './installations/installations.resolver';
import { InstallationsService } from './installations/installations.service';
import { MyWorkNoticesResolver, NoticesResolver } from './notices/notices.resolver';
import { NoticesService } from './notices/notices.service';
import { EvaluationTestPlansResolver, PlansResolver } from './plans/plans.resolver';
import { JUnitImportService } from './junit/junit-import.service';
import { JUnitController } from './junit/junit.controller';
import { PlansService } from './plans/plans.service';
import { TestAccess } from './plans/test-access.service';
import { ResultsService } from './runs/results.service';
import { MyWorkRunsResolver, PlanRunsResolver, RunsResolver } from './runs/runs.resolver';
import { RunsService } from './runs/runs.service';
import { PlanUpgradeResolver } from './runs/upgrade.resolver';
import { UpgradeComparisonService } from './runs/upgrade.service';

/**
 * Test plans (for evaluations and for products in use), versioned cases, runs and their results,
 * results imported from CI as JUnit XML, and the installation record of each product in use.
 */
@Module({
  imports: [
    // JUnit reports are held in memory, evidence is received to temporary files (`streamedUpload`),
    // both checked before anything is stored; one byte over the limit lets multer stop a larger file
    // early, and the services check the exact size.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxUploadBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
        defParamCharset: 'utf8',
      }),
      inject: [AppConfig],
    }),
  ],
  controllers: [JUnitController, EvidenceController, CaseFileController],
  providers: [
    TestAccess,
    NoticesService,
    NoticesResolver,
    MyWorkNoticesResolver,
    PlansService,
    PlansResolver,
    EvaluationTestPlansResolver,
    CasesService,
    CasesResolver,
    PlanCasesResolver,
    RunsService,
    ResultsService,
    RunsResolver,
    PlanRunsResolver,
    MyWorkRunsResolver,
    UpgradeComparisonService,
    PlanUpgradeResolver,
    JUnitImportService,
    EvidenceService,
    ResultEvidenceResolver,
    CaseImportService,
    InstallationsService,
    InstallationsResolver,
    RunInstallationsResolver,
  ],
  exports: [PlansService, CasesService, RunsService, ResultsService, JUnitImportService],
})
export class TestingModule {}
