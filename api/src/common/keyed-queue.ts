/**
 * Runs work for the same key one after another in this process: a second caller waits for the first, then
 * sees what it wrote. Only for in-process work that is not a job (an import's start, checking for a twin upload):
 * background jobs that must not overlap carry serial keys instead (platform/jobs, SerialKeys), held in the
 * database so they hold across API processes.
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
