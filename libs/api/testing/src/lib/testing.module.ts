import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CaseFileController } from './case-files/case-file.controller';
import { CaseImportService } from './case-files/case-import.service';
import { CasesResolver, PlanCasesResolver } from './cases/cases.resolver';
import { CasesService } from './cases/cases.service';
import { EvaluationTestPlansResolver, PlansResolver } from './plans/plans.resolver';
import { JUnitImportService } from './junit/junit-import.service';
import { JUnitController } from './junit/junit.controller';
import { PlansService } from './plans/plans.service';
import { TestAccess } from './plans/test-access.service';
import { ResultsService } from './runs/results.service';
import { PlanRunsResolver, RunsResolver } from './runs/runs.resolver';
import { RunsService } from './runs/runs.service';

/**
 * Test plans (for evaluations and for products in use), versioned cases, runs and their results,
 * and results imported from CI as JUnit XML.
 */
@Module({
  imports: [
    // JUnit uploads are held in memory (no temp files to clean up) and parsed from there. One byte
    // over the limit lets multer stop a larger file early; the service checks the exact size.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxUploadBytes + 1, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
      }),
      inject: [AppConfig],
    }),
  ],
  controllers: [JUnitController, CaseFileController],
  providers: [
    TestAccess,
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
    JUnitImportService,
    CaseImportService,
  ],
  exports: [PlansService, CasesService, RunsService, ResultsService],
})
export class TestingModule {}
