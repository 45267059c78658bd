/**
 * Runs handlers one at a time, in arrival order. Two updates that both touch the calendar (a hold
 * and a booking arriving together) must not interleave between their activities.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
