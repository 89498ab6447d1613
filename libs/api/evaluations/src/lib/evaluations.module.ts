import { Module } from '@nestjs/common';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';
import { EvaluationRequirementsResolver, RequirementsResolver } from './requirements.resolver';
import { RequirementsService } from './requirements.service';

/** Evaluations with members (per-evaluation roles) and candidates; provides the membership reader. */
@Module({
  providers: [EvaluationsService, EvaluationsResolver, RequirementsService, RequirementsResolver, EvaluationRequirementsResolver],
  exports: [EvaluationsService, RequirementsService],
})
export class EvaluationsModule {}
