import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { RecommendationEvidenceSource } from './evidence/evidence-source';
import { MyWorkDecisionsResolver } from './my-work/my-work.resolver';
import { EvaluationDecisionResolver, RecommendationsResolver } from './recommendations/recommendations.resolver';
import { RecommendationsService } from './recommendations/recommendations.service';
import { DecisionReportController } from './reports/report.controller';

/**
 * The recommendation of an evaluation, its review by the directors and the decision it ends in.
 * The evidence comes from other features' services, which the app wires in: `register` takes the
 * RecommendationEvidenceSource implementation and the modules that provide what it needs.
 */
@Module({})
export class DecisionsModule {
  static register(options: {
    evidence: Type<RecommendationEvidenceSource>;
    imports?: ModuleMetadata['imports'];
  }): DynamicModule {
    return {
      module: DecisionsModule,
      imports: options.imports ?? [],
      controllers: [DecisionReportController],
      providers: [
        { provide: RecommendationEvidenceSource, useClass: options.evidence },
        RecommendationsService,
        RecommendationsResolver,
        EvaluationDecisionResolver,
        MyWorkDecisionsResolver,
      ],
      exports: [RecommendationsService],
    };
  }
}
