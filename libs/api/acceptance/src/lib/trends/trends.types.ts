import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Defects by severity (a count each).' })
export class DefectSeverityCounts {
  @Field(() => Int) critical!: number;
  @Field(() => Int) major!: number;
  @Field(() => Int) minor!: number;
  @Field(() => Int) trivial!: number;
}

@ObjectType({ description: 'One ISO week of defect activity.' })
export class DefectTrendWeek {
  @Field({ description: 'e.g. "2027-W19".' }) week!: string;
  @Field({ description: 'Its Monday, YYYY-MM-DD.' }) start!: string;
  @Field(() => Int, { description: 'Defects created in the week.' }) opened!: number;
  @Field(() => Int, {
    description: 'Defects that left the open statuses (to verified, closed, won’t fix or duplicate).',
  })
  closed!: number;
  @Field(() => Int, { description: 'Defects that came back to an open status.' }) reopened!: number;
  @Field(() => DefectSeverityCounts, { description: 'Open at the end of the week (triage, open, in progress, fixed).' })
  openAtEnd!: DefectSeverityCounts;
}

@ObjectType()
export class DefectComponentCount {
  @Field({ description: 'Empty: defects that name no component.' }) component!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'Days from creation to the first fix, verification or closing, over resolved defects.' })
export class DefectResolutionTimes {
  @Field(() => Int) resolved!: number;
  @Field(() => Float, { nullable: true }) meanDays!: number | null;
  @Field(() => Float, { nullable: true }) medianDays!: number | null;
}

@ObjectType({
  description: 'A run’s pass rate: passed ÷ (passed + failed); blocked, skipped and untested are left out.',
})
export class RunPassRate {
  @Field(() => ID) runId!: string;
  @Field({ description: 'e.g. "Koha 24.11 · 24.11.02 · Vendor sandbox".' }) label!: string;
  @Field() planName!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int) passed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Cases in the run.' }) total!: number;
  @Field(() => Float, { nullable: true, description: 'Percent; null until a case passed or failed.' })
  percent!: number | null;
}

@ObjectType({ description: 'The trends of an evaluation’s or a product’s defects and test runs.' })
export class DefectTrends {
  @Field(() => Int) total!: number;
  @Field(() => DefectSeverityCounts, { description: 'Open now, by severity.' }) openBySeverity!: DefectSeverityCounts;
  @Field(() => [DefectTrendWeek], { description: 'Oldest first, from the first defect’s week (at most the last 104).' })
  weeks!: DefectTrendWeek[];
  @Field(() => [DefectComponentCount], { description: 'Most defects first.' }) components!: DefectComponentCount[];
  @Field(() => DefectResolutionTimes) resolution!: DefectResolutionTimes;
  @Field(() => [RunPassRate], { description: 'Oldest first.' }) passRates!: RunPassRate[];
}
