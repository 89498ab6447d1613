import { ErrorCode } from '@assay/domain';
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../auth/request-of';
import { AppError } from '../errors/app-error';

/** How many expensive fields one person may have resolving at once in one API process. */
export const EXPENSIVE_AT_ONCE = 2;
/** How many more may wait for a turn; beyond that a request is refused at once. */
export const EXPENSIVE_WAITING = 4;
/** How long one may wait for a turn before it is refused. */
export const EXPENSIVE_WAIT_MS = 5000;
/**
 * How many expensive fields resolve at once in one API process, whoever asked. Beyond a few, more
 * at once only share the same processor, each holding its rows in memory the longer.
 */
export const EXPENSIVE_IN_PROCESS = 4;

export const EXPENSIVE_BUSY_MESSAGE =
  'You already have several searches, rankings or summaries being worked out. Wait for them to finish, then try again.';
export const EXPENSIVE_SERVER_BUSY_MESSAGE =
  'Assay is busy working out searches, rankings and summaries for other people. Try again in a moment.';

export interface ExpensiveWorkLimits {
  atOnce: number;
  waiting: number;
  waitMs: number;
  /** At most this many at once in the process, whoever asked (no limit when left out). */
  inProcess?: number;
}

interface Turns {
  running: number;
  waiting: (() => void)[];
}

/**
 * Lets each person have at most `atOnce` expensive fields (search, ranking, aggregates) resolving
 * at a time, so one person's burst of requests cannot hold every database connection while others
 * wait. The rest queue briefly, then are refused with RATE_LIMITED. The counts live in this process
 * only: several processes each apply the limit on their own, and nothing is left behind when one stops.
 */
export class ExpensiveWorkLimiter {
  private readonly people = new Map<string, Turns>();
  /** Everyone's turns in this process, when `inProcess` limits them. */
  private readonly process: Turns = { running: 0, waiting: [] };

  constructor(
    private readonly limits: ExpensiveWorkLimits = {
      atOnce: EXPENSIVE_AT_ONCE,
      waiting: EXPENSIVE_WAITING,
      waitMs: EXPENSIVE_WAIT_MS,
      inProcess: EXPENSIVE_IN_PROCESS,
    },
  ) {}

  async run<T>(personId: string, work: () => Promise<T>): Promise<T> {
    await this.take(personId);
    try {
      await this.takeInProcess();
    } catch (error) {
      this.give(personId);
      throw error;
    }
    try {
      return await work();
    } finally {
      this.giveInProcess();
      this.give(personId);
    }
  }

  /** How many expensive fields are resolving now in this process (for tests and logs). */
  get runningInProcess(): number {
    return this.process.running;
  }

  private async takeInProcess(): Promise<void> {
    const limit = this.limits.inProcess;
    if (limit === undefined || this.process.running < limit) {
      this.process.running += 1;
      return;
    }
    // The turn passes with `running` unchanged: the one finishing hands its turn over.
    await this.wait(this.process.waiting, () => new AppError(ErrorCode.RateLimited, EXPENSIVE_SERVER_BUSY_MESSAGE));
  }

  private giveInProcess(): void {
    const next = this.process.waiting.shift();
    if (next) next();
    else this.process.running -= 1;
  }

  /** Waits in `queue` for a turn handed over, or is refused with `refusal()` after waitMs. */
  private wait(queue: (() => void)[], refusal: () => AppError): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(turn), 1);
        reject(refusal());
      }, this.limits.waitMs);
      queue.push(turn);
    });
  }

  /** How many of the person's expensive fields are resolving now (for tests and logs). */
  runningFor(personId: string): number {
    return this.people.get(personId)?.running ?? 0;
  }

  private async take(personId: string): Promise<void> {
    let turns = this.people.get(personId);
    if (!turns) {
      turns = { running: 0, waiting: [] };
      this.people.set(personId, turns);
    }
    if (turns.running < this.limits.atOnce) {
      turns.running += 1;
      return;
    }
    if (turns.waiting.length >= this.limits.waiting) throw busy();
    await this.wait(turns.waiting, busy);
  }

  /** Hands the turn to the next in line, or frees it. */
  private give(personId: string): void {
    const turns = this.people.get(personId);
    if (!turns) return;
    const next = turns.waiting.shift();
    if (next) {
      next();
      return;
    }
    turns.running -= 1;
    if (turns.running <= 0) this.people.delete(personId);
  }
}

function busy(): AppError {
  return new AppError(ErrorCode.RateLimited, EXPENSIVE_BUSY_MESSAGE);
}

/** One limiter per process, shared by every expensive field. */
export const expensiveWork = new ExpensiveWorkLimiter();

@Injectable()
export class ExpensiveWorkInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = requestOf(context).actor;
    // Without a sign-in the service refuses before doing any work.
    if (!actor) return next.handle();
    return defer(() => expensiveWork.run(actor.id, () => lastValueFrom(next.handle(), { defaultValue: null })));
  }
}

/**
 * Marks a query or field whose resolver does real work (full-text search, ranking, aggregates).
 * `cost` is what one use of it adds to the document's expensive-work budget (see
 * expensiveWorkRule), and the resolver takes a turn from ExpensiveWorkLimiter while it runs.
 */
export const ExpensiveField = (cost: number) =>
  applyDecorators(Extensions({ cost }), UseInterceptors(ExpensiveWorkInterceptor));
