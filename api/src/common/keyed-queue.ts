/**
 * Runs work for the same key one after another in this process: a second caller waits for the first, then
 * sees what it wrote. For idempotent runs that insert rows a unique key guards (warning detection for a
 * pooling region run by a county and its city at the same moment).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return next;
  }
}
