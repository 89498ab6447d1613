import type { LoggerService, LogLevel } from '@nestjs/common';
import { inspect } from 'node:util';

/** Lines are written together once this many characters wait, even before the next turn of the event loop. */
const FLUSH_AT_CHARS = 64 * 1024;
/** A message longer than this once written is cut, so that one line cannot flood the log. */
const MAX_LINE_CHARS = 64 * 1024;
const STACK = /^(.)+\n\s+at .+:\d+:\d+/;

interface Sink {
  write(text: string): unknown;
}

/**
 * The production log: one JSON object per line, `{ level, pid, timestamp, message, context?, stack? }`
 * as Nest's ConsoleLogger writes them in JSON mode, at a fraction of the cost per line. Lines of the
 * levels log, debug and verbose are gathered and written together once per turn of the event loop
 * (one write for many requests under load, rather than one each); warnings, errors and fatal
 * errors are written at once, after what is waiting, so that nothing before a crash is lost and the
 * order holds. What waits is written when the process exits.
 */
export class JsonLogger implements LoggerService {
  private readonly enabled: ReadonlySet<LogLevel>;
  private waiting: string[] = [];
  private waitingChars = 0;
  private scheduled = false;

  constructor(
    levels: readonly LogLevel[],
    private readonly out: Sink = process.stdout,
    private readonly err: Sink = process.stderr,
  ) {
    this.enabled = new Set(levels);
    process.once('exit', () => this.flush());
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.add('log', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.add('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]): void {
    this.add('verbose', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.add('warn', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.add('error', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.add('fatal', message, optional);
  }

  /** Writes what waits, now. */
  flush(): void {
    this.scheduled = false;
    if (this.waiting.length === 0) return;
    const text = this.waiting.join('');
    this.waiting = [];
    this.waitingChars = 0;
    this.out.write(text);
  }

  private add(level: LogLevel, message: unknown, optional: unknown[]): void {
    if (!this.enabled.has(level)) return;
    const line = `${JsonLogger.line(level, message, optional)}\n`;
    if (level === 'warn' || level === 'error' || level === 'fatal') {
      this.flush();
      (level === 'warn' ? this.out : this.err).write(line);
      return;
    }
    this.waiting.push(line);
    this.waitingChars += line.length;
    if (this.waitingChars >= FLUSH_AT_CHARS) {
      this.flush();
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** One line: the context is a trailing string argument, a stack an earlier one that looks like a stack. */
  static line(level: LogLevel, message: unknown, optional: unknown[]): string {
    const params = [...optional];
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
    let stack = params.find((p): p is string => typeof p === 'string' && STACK.test(p));
    if (message instanceof Error) {
      stack ??= message.stack;
      message = message.message;
    }
    const entry: Record<string, unknown> = { level, pid: process.pid, timestamp: Date.now(), message };
    if (context) entry['context'] = context;
    if (stack) entry['stack'] = stack;
    let line: string;
    try {
      // Without a replacer first: JSON.stringify is several times slower with one.
      line = JSON.stringify(entry);
    } catch {
      try {
        line = JSON.stringify(entry, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
      } catch {
        // A circular message: written as Node would show it.
        line = JSON.stringify({ ...entry, message: inspect(message, { depth: 4, breakLength: Infinity }) });
      }
    }
    return line.length > MAX_LINE_CHARS
      ? JSON.stringify({ ...entry, message: `${line.slice(0, MAX_LINE_CHARS)}… (cut)`, stack: undefined })
      : line;
  }
}
