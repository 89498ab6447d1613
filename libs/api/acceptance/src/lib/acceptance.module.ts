import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { DefectAccess } from './defects/defect-access.service';
import { DefectScreenshotsController, ScreenshotAdderGuard } from './defects/defect-screenshots.controller';
import { DefectScreenshotsService } from './defects/defect-screenshots.service';
import { DefectsExportController } from './defects/defects-export.controller';
import { DefectsExportService } from './defects/defects-export.service';
import { DefectsResolver, EvaluationDefectsResolver } from './defects/defects.resolver';
import { DefectsService } from './defects/defects.service';
import { TrendsResolver } from './trends/trends.resolver';
import { TrendsService } from './trends/trends.service';
import { TraceabilityController } from './traceability/traceability.controller';
import { EvaluationTraceabilityResolver } from './traceability/traceability.resolver';
import { TraceabilityService } from './traceability/traceability.service';
import { EvaluationFollowUpsResolver, FollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { DefectRetests } from './follow-ups/retests.service';
import { VendorClaimsController } from './vendor-claims/vendor-claims.controller';
import {
  CandidateVendorClaimsResolver,
  EvaluationVendorClaimsResolver,
  VendorClaimsResolver,
} from './vendor-claims/vendor-claims.resolver';
import { VendorClaimsService } from './vendor-claims/vendor-claims.service';
import {
  CandidateAcceptanceResolver,
  EvaluationAcceptanceResolver,
  VerdictsResolver,
} from './verdicts/verdicts.resolver';
import { VerdictsService } from './verdicts/verdicts.service';
import {
  CandidateSignOffsResolver,
  EvaluationSignOffsResolver,
  SignOffsResolver,
} from './sign-offs/sign-offs.resolver';
import { SignOffsService } from './sign-offs/sign-offs.service';
import { MyWorkAcceptanceResolver } from './my-work/my-work.resolver';
import { MyAcceptanceWork } from './my-work/my-work.service';

/**
 * Acceptance of what was tested: defects (problem tickets) and the test results that show them, the
 * retests that verify or reopen fixed defects and the follow-ups they wait in, what each
 * candidate's vendor claimed set against what the evaluation verified, each candidate's verdict
 * against the evaluation's criteria, with recorded verifications, waivers and sign-offs, the
 * traceability matrix that shows the same evidence requirement by requirement, and the trends.
 */
@Module({
  imports: [
    // Answer sheets are held in memory, screenshots received to temporary files (`streamedUpload`),
    // both read before anything is stored; one byte over the limit
    // lets multer stop a larger file early, and the controller checks the exact size.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxUploadBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
        defParamCharset: 'utf8',
      }),
      inject: [AppConfig],
    }),
  ],
  controllers: [VendorClaimsController, DefectsExportController, DefectScreenshotsController, TraceabilityController],
  providers: [
    DefectAccess,
    DefectsService,
    DefectsExportService,
    DefectScreenshotsService,
    ScreenshotAdderGuard,
    DefectsResolver,
    EvaluationDefectsResolver,
    DefectRetests,
    FollowUpsService,
    FollowUpsResolver,
    EvaluationFollowUpsResolver,
    VendorClaimsService,
    VendorClaimsResolver,
    CandidateVendorClaimsResolver,
    EvaluationVendorClaimsResolver,
    TraceabilityService,
    EvaluationTraceabilityResolver,
    VerdictsService,
    VerdictsResolver,
    EvaluationAcceptanceResolver,
    CandidateAcceptanceResolver,
    TrendsService,
    TrendsResolver,
    SignOffsService,
    SignOffsResolver,
    CandidateSignOffsResolver,
    EvaluationSignOffsResolver,
    MyAcceptanceWork,
    MyWorkAcceptanceResolver,
  ],
  exports: [DefectsService, VendorClaimsService, VerdictsService, SignOffsService],
})
export class AcceptanceModule {}
