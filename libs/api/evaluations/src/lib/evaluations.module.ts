import { Module } from '@nestjs/common';
import { CandidateCostsResolver, CostsResolver } from './costs/costs.resolver';
import { CostsService } from './costs/costs.service';
import { EvaluationsResolver } from './evaluations/evaluations.resolver';
import { EvaluationsService } from './evaluations/evaluations.service';
import { EvaluationRequirementsResolver, RequirementsResolver } from './requirements/requirements.resolver';
import { RequirementsService } from './requirements/requirements.service';
import { RequirementsFileController } from './requirements/requirements-file.controller';
import { RequirementsImportService } from './requirements/requirements-import.service';
import { MyWorkEvaluationsResolver } from './my-work/my-work.resolver';
import { RequirementLibrariesFileController } from './requirement-libraries/requirement-libraries-file.controller';
import { RequirementLibrariesResolver } from './requirement-libraries/requirement-libraries.resolver';
import { RequirementLibrariesService } from './requirement-libraries/requirement-libraries.service';

/**
 * Evaluations with members (per-evaluation roles) and candidates, requirements and training needs,
 * and costs.
 */
@Module({
  controllers: [RequirementsFileController, RequirementLibrariesFileController],
  providers: [
    EvaluationsService,
    EvaluationsResolver,
    RequirementsService,
    RequirementsImportService,
    RequirementsResolver,
    EvaluationRequirementsResolver,
    CostsService,
    CostsResolver,
    CandidateCostsResolver,
    MyWorkEvaluationsResolver,
    RequirementLibrariesService,
    RequirementLibrariesResolver,
  ],
  exports: [EvaluationsService, RequirementsService, RequirementLibrariesService],
})
export class EvaluationsModule {}
