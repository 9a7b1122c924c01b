/** Keeps the promises of work that outlives its HTTP response, so `idle()` can wait for them (shutdown, tests). */
export class Tracker {
  private readonly running = new Set<Promise<unknown>>();

  track(work: Promise<void>): void {
    this.running.add(work);
    const forget = () => void this.running.delete(work);
    work.then(forget, forget);
  }

  /** Resolves once every piece of work tracked so far (and since) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
