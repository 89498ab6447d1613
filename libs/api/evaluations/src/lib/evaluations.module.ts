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
import { LibraryPrioritiesResolver } from './library-priorities/library-priorities.resolver';
import { LibraryPrioritiesService } from './library-priorities/library-priorities.service';
import { RequirementMergeResolver } from './requirements/requirement-merge.resolver';
import { RequirementMergeService } from './requirements/requirement-merge.service';
import { RequirementLibrariesFileController } from './requirement-libraries/requirement-libraries-file.controller';
import { RequirementLibrariesResolver } from './requirement-libraries/requirement-libraries.resolver';
import { RequirementLibrariesService } from './requirement-libraries/requirement-libraries.service';

/**
 * Evaluations with members (per-evaluation roles) and candidates, requirements and training needs,
 * costs, and the member libraries' priorities of the requirements.
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
    RequirementMergeService,
    RequirementMergeResolver,
    CostsService,
    CostsResolver,
    CandidateCostsResolver,
    MyWorkEvaluationsResolver,
    LibraryPrioritiesService,
    LibraryPrioritiesResolver,
    RequirementLibrariesService,
    RequirementLibrariesResolver,
  ],
  exports: [EvaluationsService, RequirementsService, RequirementLibrariesService],
})
export class EvaluationsModule {}
