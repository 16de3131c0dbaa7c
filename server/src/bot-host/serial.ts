/**
 * Runs tasks one after another per key (one bot turn at a time per conversation, so its state is never written
 * by two turns at once) while different keys run concurrently. Entries are dropped once their queue is empty.
 */
export function createSerialQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
