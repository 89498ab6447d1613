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

export const EXPENSIVE_BUSY_MESSAGE =
  'You already have several searches, rankings or summaries being worked out. Wait for them to finish, then try again.';

export interface ExpensiveWorkLimits {
  atOnce: number;
  waiting: number;
  waitMs: number;
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

  constructor(
    private readonly limits: ExpensiveWorkLimits = {
      atOnce: EXPENSIVE_AT_ONCE,
      waiting: EXPENSIVE_WAITING,
      waitMs: EXPENSIVE_WAIT_MS,
    },
  ) {}

  async run<T>(personId: string, work: () => Promise<T>): Promise<T> {
    await this.take(personId);
    try {
      return await work();
    } finally {
      this.give(personId);
    }
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
    const queue = turns.waiting;
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(turn), 1);
        reject(busy());
      }, this.limits.waitMs);
      queue.push(turn);
    });
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
