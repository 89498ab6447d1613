import { CurrentActor, Evaluation, ExpensiveField, HistoryEntry, PageInput, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ChangeDefectStatusInput,
  CreateDefectInput,
  DefectFilter,
  DefectResultInput,
  ManagedProductDefectsFilter,
  ReportProblemInput,
  UpdateDefectInput,
} from './defects.inputs';
import { DefectsService } from './defects.service';
import { DefectScreenshotsService } from './defect-screenshots.service';
import {
  Defect,
  DefectAccess,
  DefectPage,
  DefectResult,
  DefectScreenshot,
  ProblemReportProduct,
} from './defects.types';

/** Defects; the service enforces who may read, report and work on them. */
@Resolver(() => Defect)
export class DefectsResolver {
  constructor(
    private readonly service: DefectsService,
    private readonly screenshotFiles: DefectScreenshotsService,
  ) {}

  @Query(() => Defect)
  defect(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<Defect> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Defect, {
    description:
      'Reports a defect; from a failed result it is prefilled from the case and the result and linked to it. Starts OPEN when a lead or tester reports it, else TRIAGE.',
  })
  createDefect(@CurrentActor() actor: RequestActor, @Args('input') input: CreateDefectInput): Promise<Defect> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Defect, {
    description:
      'Reports a problem with a product in use (anyone signed in): it becomes the product’s defect in TRIAGE; add a screenshot with POST /api/defects/:id/screenshots.',
  })
  reportProblem(@CurrentActor() actor: RequestActor, @Args('input') input: ReportProblemInput): Promise<Defect> {
    return this.service.reportProblem(actor, input);
  }

  @Query(() => [Defect], {
    description:
      'The problems you reported about products in use, newest first, with their status and resolution notes.',
  })
  myProblemReports(@CurrentActor() actor: RequestActor): Promise<Defect[]> {
    return this.service.myProblemReports(actor);
  }

  @Query(() => [Defect], {
    description:
      'Defects of the products you manage (administrators: all; others: the products whose plans name you), newest first: where staff problem reports wait for triage.',
  })
  managedProductDefects(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: ManagedProductDefectsFilter,
  ): Promise<Defect[]> {
    return this.service.managedProductDefects(actor, filter?.statuses);
  }

  @Query(() => [ProblemReportProduct], { description: 'Products in use, which anyone may report a problem with.' })
  problemReportProducts(): Promise<ProblemReportProduct[]> {
    return this.service.problemReportProducts();
  }

  @Mutation(() => Defect)
  updateDefect(@CurrentActor() actor: RequestActor, @Args('input') input: UpdateDefectInput): Promise<Defect> {
    return this.service.update(actor, input);
  }

  @Mutation(() => Defect, { description: 'Moves a defect to another status (leads and testers).' })
  changeDefectStatus(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ChangeDefectStatusInput,
  ): Promise<Defect> {
    return this.service.changeStatus(actor, input);
  }

  @Mutation(() => Defect, { description: 'Links a test result that shows the defect (a failure, a retest).' })
  linkDefectResult(@CurrentActor() actor: RequestActor, @Args('input') input: DefectResultInput): Promise<Defect> {
    return this.service.link(actor, input);
  }

  @Mutation(() => Defect)
  unlinkDefectResult(@CurrentActor() actor: RequestActor, @Args('input') input: DefectResultInput): Promise<Defect> {
    return this.service.unlink(actor, input);
  }

  @ResolveField(() => [DefectResult], { description: 'The linked test results, in the order they were linked.' })
  results(@CurrentActor() actor: RequestActor, @Parent() defect: Defect): Promise<DefectResult[]> {
    return this.service.results(actor, defect);
  }

  @ResolveField(() => [HistoryEntry], { description: 'Every change, newest first.' })
  history(@CurrentActor() actor: RequestActor, @Parent() defect: Defect): Promise<HistoryEntry[]> {
    return this.service.history(actor, defect);
  }

  @ResolveField(() => [DefectScreenshot], { description: 'Screenshots kept with it, oldest first.' })
  screenshots(@Parent() defect: Defect): Promise<DefectScreenshot[]> {
    return this.screenshotFiles.of(defect.id);
  }

  @ResolveField(() => DefectAccess)
  myAccess(@CurrentActor() actor: RequestActor, @Parent() defect: Defect): Promise<DefectAccess> {
    return this.service.myAccess(actor, defect);
  }
}

@Resolver(() => Evaluation)
export class EvaluationDefectsResolver {
  constructor(private readonly service: DefectsService) {}

  @ResolveField(() => DefectPage, { description: 'The evaluation’s defects, newest first, page by page.' })
  @ExpensiveField(10)
  defects(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
    @Args('filter', { nullable: true }) filter?: DefectFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<DefectPage> {
    return this.service.forEvaluation(actor, evaluation.id, filter ?? {}, page);
  }

  @ResolveField(() => [String], { description: 'The components its defects name so far, for suggestions.' })
  defectComponents(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<string[]> {
    return this.service.components(actor, evaluation.id);
  }

  @ResolveField(() => Boolean, {
    description: 'You may report a defect here: any member but a viewer, while the evaluation is open.',
  })
  canReportDefect(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<boolean> {
    return this.service.canReport(actor, evaluation.id);
  }
}
