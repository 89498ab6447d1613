import { Module } from '@nestjs/common';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';

/** Evaluations with members (per-evaluation roles) and candidates; provides the membership reader. */
@Module({
  providers: [EvaluationsService, EvaluationsResolver],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
