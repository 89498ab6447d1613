import { CurrentActor, MyWork, RequestActor } from '@assay/api/core';
import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { FollowUpCount } from '../follow-ups/follow-ups.types';
import { MyAcceptanceWork } from './my-work.service';
import { MissingSignOffs, TriageCount, WaitingWaiver } from './my-work.types';

/** The home page's acceptance sections; each is for the signed-in person only. */
@Resolver(() => MyWork)
export class MyWorkAcceptanceResolver {
  constructor(private readonly work: MyAcceptanceWork) {}

  @ResolveField(() => FollowUpCount, { description: 'Your retests due and overdue (as myFollowUpCount).' })
  followUps(@CurrentActor() actor: RequestActor): Promise<FollowUpCount> {
    return this.work.followUpCount(actor);
  }

  @ResolveField(() => [WaitingWaiver], { description: 'As a lead: the waivers you proposed that wait for a director.' })
  waiversProposed(@CurrentActor() actor: RequestActor): Promise<WaitingWaiver[]> {
    return this.work.waiversProposed(actor);
  }

  @ResolveField(() => [WaitingWaiver], { description: 'As a director: proposed waivers waiting for your agreement.' })
  waiversToAgree(@CurrentActor() actor: RequestActor): Promise<WaitingWaiver[]> {
    return this.work.waiversToAgree(actor);
  }

  @ResolveField(() => [MissingSignOffs], {
    description: 'As a lead: candidates in testing or recommendation whose current verdict lacks sign-offs.',
  })
  signOffsMissing(@CurrentActor() actor: RequestActor): Promise<MissingSignOffs[]> {
    return this.work.signOffsMissing(actor);
  }

  @ResolveField(() => [MissingSignOffs], {
    description: 'As a director: candidates whose current verdict no director has signed.',
  })
  signOffsForDirector(@CurrentActor() actor: RequestActor): Promise<MissingSignOffs[]> {
    return this.work.signOffsForDirector(actor);
  }

  @ResolveField(() => [TriageCount], { description: 'As a lead: defects waiting in triage per evaluation you lead.' })
  defectsInTriage(@CurrentActor() actor: RequestActor): Promise<TriageCount[]> {
    return this.work.defectsInTriage(actor);
  }

  @ResolveField(() => Int, {
    description: 'Staff problem reports in triage with the products you manage (as managedProductDefects).',
  })
  problemReportsInTriage(@CurrentActor() actor: RequestActor): Promise<number> {
    return this.work.problemReportsInTriage(actor);
  }
}
