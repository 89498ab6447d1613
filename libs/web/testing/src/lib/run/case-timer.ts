import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';

/**
 * How long the open case has taken: counts from the duration already saved when a case opens,
 * pauses while the tab is hidden (the tester is elsewhere) or while the tester edits the value.
 */
@Injectable()
export class CaseTimer {
  private readonly document = inject(DOCUMENT);
  readonly seconds = signal(0);
  readonly running = signal(false);
  private editing = false;
  private active = false;
  private interval: ReturnType<typeof setInterval> | null = null;
  private readonly onVisibility = () => this.update();

  constructor() {
    this.document.addEventListener('visibilitychange', this.onVisibility);
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('visibilitychange', this.onVisibility);
      this.stopTicking();
    });
  }

  /** Starts timing a case that has taken `from` seconds so far; `active` is false where nothing is recorded. */
  start(from: number, active: boolean): void {
    this.seconds.set(from);
    this.active = active;
    this.editing = false;
    this.update();
  }

  stop(): void {
    this.active = false;
    this.update();
  }

  /** The tester is typing a duration: the count holds still meanwhile. */
  edit(editing: boolean): void {
    this.editing = editing;
    this.update();
  }

  set(seconds: number): void {
    this.seconds.set(Math.max(0, Math.round(seconds)));
  }

  private update(): void {
    const run = this.active && !this.editing && this.document.visibilityState !== 'hidden';
    this.running.set(run);
    if (run && !this.interval) this.interval = setInterval(() => this.seconds.update((s) => s + 1), 1000);
    if (!run) this.stopTicking();
  }

  private stopTicking(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
  }
}
