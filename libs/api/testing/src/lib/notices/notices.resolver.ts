import { CurrentActor, MyWork, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ProblemNoticeRef, SendProblemNoticeInput } from './notices.inputs';
import { NoticesService } from './notices.service';
import { ProblemNotice } from './notices.types';

/** Problem notices about products in use; the service decides who may send, read and close them. */
@Resolver(() => ProblemNotice)
export class NoticesResolver {
  constructor(private readonly service: NoticesService) {}

  @Query(() => ProblemNotice, {
    description: 'A problem notice: for the people it was sent to, its sender and administrators (others: NOT_FOUND).',
  })
  problemNotice(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProblemNotice> {
    return this.service.get(actor, id);
  }

  @Query(() => [ProblemNotice], {
    description: 'Every notice about a product in use, newest first: administrators and evaluation leads.',
  })
  problemNotices(
    @CurrentActor() actor: RequestActor,
    @Args('productId', { type: () => ID }) productId: string,
  ): Promise<ProblemNotice[]> {
    return this.service.forProduct(actor, productId);
  }

  @Mutation(() => ProblemNotice, {
    description: 'Sends a notice to the staff of the chosen member libraries: administrators and evaluation leads.',
  })
  sendProblemNotice(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SendProblemNoticeInput,
  ): Promise<ProblemNotice> {
    return this.service.send(actor, input);
  }

  @Mutation(() => ProblemNotice, { description: 'Closes a notice: its sender or an administrator.' })
  closeProblemNotice(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ProblemNoticeRef,
  ): Promise<ProblemNotice> {
    return this.service.close(actor, input);
  }
}

@Resolver(() => MyWork)
export class MyWorkNoticesResolver {
  constructor(private readonly service: NoticesService) {}

  @ResolveField(() => [ProblemNotice], { description: 'Open problem notices sent to you, newest first.' })
  openNotices(@CurrentActor() actor: RequestActor): Promise<ProblemNotice[]> {
    return this.service.openFor(actor);
  }
}
