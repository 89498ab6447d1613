import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';

/** Results just written to a run: one recorded by hand, or a JUnit file's. */
export interface RecordedResults {
  runId: string;
  /** The cases whose results in the run were written. */
  caseIds: readonly string[];
}

/** Something done in the same transaction as the results' write, by the person who wrote them. */
export type ResultsRecordedHandler = (
  manager: EntityManager,
  actor: RequestActor,
  recorded: RecordedResults,
) => Promise<void>;

/**
 * Where the testing feature says it wrote results and another feature acts on them in the same
 * transaction (acceptance retests the fixed defects linked to the cases), without either
 * importing the other: the acting feature registers a handler when its module starts; the
 * testing feature calls `recorded` inside its write. A handler's error rolls the write back.
 */
@Injectable()
export class ResultsRecorded {
  private readonly handlers: ResultsRecordedHandler[] = [];

  register(handler: ResultsRecordedHandler): void {
    this.handlers.push(handler);
  }

  async recorded(manager: EntityManager, actor: RequestActor, recorded: RecordedResults): Promise<void> {
    if (recorded.caseIds.length === 0) return;
    for (const handler of this.handlers) await handler(manager, actor, recorded);
  }
}
