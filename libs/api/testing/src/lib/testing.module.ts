import { Module } from '@nestjs/common';
import { CasesResolver, PlanCasesResolver } from './cases/cases.resolver';
import { CasesService } from './cases/cases.service';
import { EvaluationTestPlansResolver, PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';
import { TestAccess } from './plans/test-access.service';
import { ResultsService } from './runs/results.service';
import { PlanRunsResolver, RunsResolver } from './runs/runs.resolver';
import { RunsService } from './runs/runs.service';

/** Test plans (for evaluations and for products in use), versioned cases, runs and their results. */
@Module({
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
  ],
  exports: [PlansService, CasesService, RunsService, ResultsService],
})
export class TestingModule {}
