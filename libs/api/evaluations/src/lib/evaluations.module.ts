import { Module } from '@nestjs/common';
import { CandidateCostsResolver, CostsResolver, RankingCostsResolver } from './costs.resolver';
import { CostsService } from './costs.service';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';
import { EvaluationRequirementsResolver, RequirementsResolver } from './requirements.resolver';
import { RequirementsService } from './requirements.service';
import { RequirementsFileController } from './requirements-file.controller';
import { RequirementsImportService } from './requirements-import.service';
import { ResultsExportController } from './results-export.controller';
import { ResultsExportService } from './results-export.service';
import { EvaluationScoringResolver, ScoringResolver } from './scoring.resolver';
import { RankingService } from './ranking.service';
import { RubricChangesResolver } from './rubric-changes.resolver';
import { RubricChangesService } from './rubric-changes.service';
import { ScoringService } from './scoring.service';

/** Evaluations with members (per-evaluation roles) and candidates, requirements, scoring and costs. */
@Module({
  controllers: [RequirementsFileController, ResultsExportController],
  providers: [
    EvaluationsService,
    EvaluationsResolver,
    RequirementsService,
    RequirementsImportService,
    RequirementsResolver,
    EvaluationRequirementsResolver,
    ScoringService,
    RankingService,
    ScoringResolver,
    EvaluationScoringResolver,
    CostsService,
    CostsResolver,
    CandidateCostsResolver,
    RankingCostsResolver,
    RubricChangesService,
    RubricChangesResolver,
    ResultsExportService,
  ],
  exports: [EvaluationsService, RequirementsService, ScoringService],
})
export class EvaluationsModule {}
