/**
 * Whether this process is shutting down: set when SIGTERM or SIGINT arrives, so `/ready` sends
 * load balancers elsewhere while the requests in flight finish.
 */
export class ShutdownState {
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Starts draining; false when it had already started (a second signal). */
  beginDraining(): boolean {
    if (this.drainingSince !== null) return false;
    this.drainingSince = Date.now();
    return true;
  }
}
