import { Module } from '@nestjs/common';
import {
  CandidateAcceptanceResolver,
  EvaluationAcceptanceResolver,
  VerdictsResolver,
} from './verdicts/verdicts.resolver';
import { VerdictsService } from './verdicts/verdicts.service';

/** Acceptance: each evaluation's criteria and each candidate's verdict, with verifications and waivers. */
@Module({
  providers: [VerdictsService, VerdictsResolver, EvaluationAcceptanceResolver, CandidateAcceptanceResolver],
  exports: [VerdictsService],
})
export class AcceptanceModule {}
