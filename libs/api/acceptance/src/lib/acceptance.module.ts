import { Module } from '@nestjs/common';
import { DefectAccess } from './defects/defect-access.service';
import { DefectsResolver, EvaluationDefectsResolver } from './defects/defects.resolver';
import { DefectsService } from './defects/defects.service';

/** Acceptance of what was tested: defects (problem tickets) and the test results that show them. */
@Module({
  providers: [DefectAccess, DefectsService, DefectsResolver, EvaluationDefectsResolver],
  exports: [DefectsService],
})
export class AcceptanceModule {}
