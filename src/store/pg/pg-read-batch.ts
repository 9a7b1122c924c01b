/** The batch's lookups in one statement: one value per key, in the order of `keys`. */
export type Lookup<K, V> = (keys: K[]) => Promise<V[]>;

interface Waiting<K, V> {
  key: K;
  resolve(value: V): void;
  reject(error: unknown): void;
}

/**
 * Group commit's idea for the turn's reads (user, conversation state, org, turn limit): a read
 * that arrives while one of its kind is under way waits for it, then runs with every other
 * waiting read of that kind in ONE statement (at most `max`). Alone, a read runs at once, as
 * before. Each statement starts after every read it answers was asked, so a read still sees
 * everything committed before it was asked (what one statement of its own would see). If the
 * statement fails, each of its reads rejects with that error.
 */
export class ReadBatch<K, V> {
  private queue: Waiting<K, V>[] = [];
  private running = false;

  constructor(
    private readonly lookup: Lookup<K, V>,
    private readonly max = 64,
  ) {}

  get(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.max);
      try {
        const values = await this.lookup(batch.map((w) => w.key));
        batch.forEach((w, i) => w.resolve(values[i] as V));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.running = false;
  }
}

/**
 * Looks values up in `found` so that no two reads of a batch share an object (two turns of one
 * conversation may read it in the same batch; each must be free to change what it got): the
 * first read of a key gets the value parsed from the row, later ones a copy.
 */
export function handOut<K, V>(found: Map<K, V>): (key: K) => V | undefined {
  const given = new Set<K>();
  return (key) => {
    const value = found.get(key);
    if (value === undefined || !given.has(key)) {
      given.add(key);
      return value;
    }
    return structuredClone(value);
  };
}
