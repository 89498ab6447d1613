import { AcceptanceModule } from '@assay/api/acceptance';
import { AdminModule } from '@assay/api/admin';
import { CatalogModule } from '@assay/api/catalog';
import { DecisionsModule } from '@assay/api/decisions';
import { EvaluationsModule } from '@assay/api/evaluations';
import { FeedbackModule } from '@assay/api/feedback';
import { AppConfig, CoreModule } from '@assay/api/core';
import { ScoringModule } from '@assay/api/scoring';
import { TestingModule } from '@assay/api/testing';
import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogDemoSeeder } from './demo/catalog-demo-seeder';
import { DemoSeeder } from './demo/demo-seeder';
import { EvaluationDemoSeeder } from './demo/evaluation-demo-seeder';
import { AcceptanceDemoSeeder } from './demo/acceptance-demo-seeder';
import { DecisionDemoSeeder } from './demo/decision-demo-seeder';
import { FeedbackDemoSeeder } from './demo/feedback-demo-seeder';
import { TestingDemoSeeder } from './demo/testing-demo-seeder';
import { LiveRecommendationEvidence } from './links/recommendation-evidence';
import { TestResultDefectsResolver, UpgradeCaseDefectsResolver } from './links/test-result-defects.resolver';

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, schemaFile: string | boolean = true): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, dataSource, schemaFile }),
        AdminModule,
        CatalogModule,
        EvaluationsModule,
        ScoringModule,
        TestingModule,
        AcceptanceModule,
        FeedbackModule,
        // The recommendation's evidence reads the other features' services: the app wires them in.
        DecisionsModule.register({
          evidence: LiveRecommendationEvidence,
          imports: [CatalogModule, EvaluationsModule, ScoringModule, AcceptanceModule],
        }),
      ],
      providers: [
        DemoSeeder,
        CatalogDemoSeeder,
        EvaluationDemoSeeder,
        TestingDemoSeeder,
        AcceptanceDemoSeeder,
        DecisionDemoSeeder,
        FeedbackDemoSeeder,
        // Fields that join two features' types.
        TestResultDefectsResolver,
        UpgradeCaseDefectsResolver,
      ],
    };
  }
}
