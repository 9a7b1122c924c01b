/**
 * Defaults of TURN_CONCURRENCY and TURN_BACKLOG (src/config.ts). A turn mostly waits for its
 * durable write, and turns running together share one group commit: in the bench, 16 at once
 * answered 600–800 Slack turns/s and 64 answered 1,500–2,700, while 128 began to delay acks.
 * 1,000 waiting is under a second of work at that pace.
 */
export const DEFAULT_TURN_QUEUE = { concurrency: 64, maxBacklog: 1000 } as const;

export interface TurnQueueOptions {
  /** Turns running at once (each awaits its store writes and replies; more of them share a group commit). */
  concurrency: number;
  /** Turns waiting for a slot, at most; past it `offer` refuses and the door answers "busy". */
  maxBacklog: number;
  /** Told of each refused turn, by channel (metrics). */
  onRefused?: (channel: string) => void;
}

type Turn = () => Promise<void>;

/**
 * The one bounded queue in front of the bot, shared by the doors that answer the request before
 * the turn runs (Slack acks at once). Its bound is what keeps an ack from waiting for turns: at
 * most `concurrency` turns share the event loop with new requests, at most `maxBacklog` wait
 * (memory stays bounded under a flood), and a turn past that is refused at once, so the door can
 * still ack and tell the user to try again instead of acking late or dropping it.
 */
export class TurnQueue {
  private running = 0;
  private readonly waiting: Turn[] = [];
  private head = 0;

  constructor(private readonly options: TurnQueueOptions) {}

  /**
   * Takes a turn: it starts now or once a slot frees. Returns a promise that settles when the
   * turn has run (it never rejects: a turn handles its own errors), or undefined when the backlog
   * is full and the turn was not taken.
   */
  offer(channel: string, turn: Turn): Promise<void> | undefined {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return this.run(turn);
    }
    if (this.depth >= this.options.maxBacklog) {
      this.options.onRefused?.(channel);
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiting.push(() => turn().then(resolve, resolve)));
  }

  /** Turns waiting for a slot. */
  get depth(): number {
    return this.waiting.length - this.head;
  }

  /** Turns running now. */
  get active(): number {
    return this.running;
  }

  private async run(turn: Turn): Promise<void> {
    try {
      await turn();
    } catch {
      // A turn reports its own failures (the door logs them); the slot must be freed regardless.
    } finally {
      this.next();
    }
  }

  /**
   * Hands the slot to the oldest waiting turn, started on the next turn of the event loop
   * (setImmediate runs after the poll phase), so requests that arrived meanwhile are acked first.
   */
  private next(): void {
    const turn = this.waiting[this.head];
    if (!turn) {
      this.running -= 1;
      return;
    }
    this.waiting[this.head] = undefined as unknown as Turn;
    this.head += 1;
    // Compact now and then, so the array does not keep every turn ever queued.
    if (this.head >= 1024 && this.head * 2 >= this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    setImmediate(() => void this.run(turn));
  }
}
