import { Module } from '@nestjs/common';
import { ConflictDeclarationResolver, ConflictsResolver } from './conflicts/conflicts.resolver';
import { ConflictsService } from './conflicts/conflicts.service';
import { RankingByLibraryResolver, RankingCostsResolver, RankingResolver } from './ranking/ranking.resolver';
import { RankingCostsService } from './ranking/ranking-costs.service';
import { RankingService } from './ranking/ranking.service';
import { ResultsExportController } from './results-export/results-export.controller';
import { ResultsExportService } from './results-export/results-export.service';
import { EvaluationRoundsResolver, MyWorkRoundsResolver, RoundsResolver } from './rounds/rounds.resolver';
import { RoundsService } from './rounds/rounds.service';
import { RubricChangesResolver } from './rubric/rubric-changes.resolver';
import { RubricChangesService } from './rubric/rubric-changes.service';
import { EvaluationRubricResolver, RubricResolver } from './rubric/rubric.resolver';
import { RubricService } from './rubric/rubric.service';

/** Rubrics, conflict-of-interest declarations, blind scoring rounds, scores and consensus, the ranking with its costs, and the results workbook. */
@Module({
  controllers: [ResultsExportController],
  providers: [
    RubricService,
    RubricResolver,
    EvaluationRubricResolver,
    RubricChangesService,
    RubricChangesResolver,
    ConflictsService,
    ConflictsResolver,
    ConflictDeclarationResolver,
    RoundsService,
    RoundsResolver,
    EvaluationRoundsResolver,
    MyWorkRoundsResolver,
    RankingService,
    RankingResolver,
    RankingCostsService,
    RankingCostsResolver,
    RankingByLibraryResolver,
    ResultsExportService,
  ],
  exports: [ConflictsService, RubricService, RoundsService, RankingService, RankingCostsService],
})
export class ScoringModule {}
