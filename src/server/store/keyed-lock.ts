// One task at a time per key, in arrival order: the memory store's per-chat lock. Tasks for
// different keys run independently; a key's queue is dropped once it drains, so idle keys cost
// nothing.
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every earlier task of `key` has settled; resolves or rejects as it does. */
  run<T>(key: string, task: () => T | Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task) : new Promise<T>((resolve) => resolve(task()));
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
