import { AcceptanceVerdict } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AcceptanceVerdictEnum } from '../verdicts/verdicts.types';

@ObjectType({ description: 'A proposed waiver still waiting for a director’s agreement.' })
export class WaitingWaiver {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => ID) candidateId!: string;
  @Field({ description: 'The candidate’s product and version, e.g. "Koha 24.11".' }) candidateName!: string;
  @Field({ description: 'The waived requirement’s code.' }) requirementCode!: string;
  @Field(() => String, { nullable: true }) proposedByName!: string | null;
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
}

@ObjectType({ description: 'A candidate’s acceptance verdict and the sign-offs it still lacks.' })
export class MissingSignOffs {
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => ID) candidateId!: string;
  @Field() candidateName!: string;
  @Field(() => AcceptanceVerdictEnum, { description: 'The verdict as it stands now.' }) verdict!: AcceptanceVerdict;
  @Field(() => [String], {
    description:
      'Who has not signed the current verdict (or signed evidence that has since changed): "lead", "director", "department head (<department>)".',
  })
  missing!: string[];
}

@ObjectType({ description: 'Defects waiting in triage in one evaluation the person leads.' })
export class TriageCount {
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => Int) count!: number;
}
