import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { DefectAccess } from './defects/defect-access.service';
import { DefectsResolver, EvaluationDefectsResolver } from './defects/defects.resolver';
import { DefectsService } from './defects/defects.service';
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

/**
 * Acceptance of what was tested: defects (problem tickets) and the test results that show them, the
 * retests that verify or reopen fixed defects and the follow-ups they wait in, what each
 * candidate's vendor claimed set against what the evaluation verified, and each candidate's
 * verdict against the evaluation's criteria, with recorded verifications and waivers.
 */
@Module({
  imports: [
    // Answer sheets are held in memory and read before anything is stored; one byte over the limit
    // lets multer stop a larger file early, and the controller checks the exact size.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxUploadBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
        defParamCharset: 'utf8',
      }),
      inject: [AppConfig],
    }),
  ],
  controllers: [VendorClaimsController],
  providers: [
    DefectAccess,
    DefectsService,
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
    VerdictsService,
    VerdictsResolver,
    EvaluationAcceptanceResolver,
    CandidateAcceptanceResolver,
  ],
  exports: [DefectsService, VendorClaimsService, VerdictsService],
})
export class AcceptanceModule {}
