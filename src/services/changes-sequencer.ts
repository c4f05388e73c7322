/**
 * When changes are placed in the feed: right after each write the API commits (nudge), and on a
 * short timer for writes from elsewhere (the seed, bulk loads, an operator's SQL, another service
 * process that stopped before placing). Polls never place, so a poll is one read-only query and a
 * read-only account (or a replica) can serve the feed.
 *
 * One sequencer per DataSource, so a process runs at most one placement at a time: a nudge during
 * a run asks for one more run afterwards, which covers every write committed meanwhile. Several
 * processes serialise on the feed's state row; an idle timer only reads (hasUnplacedChanges).
 */
import type { DataSource } from 'typeorm';
import type { Log } from '../log';
import { PLACEMENT_BATCH, placeCommittedChanges } from './changes';

/** How often the timer looks for unplaced changes, unless configured (CHANGE_FEED_INTERVAL_MS). */
export const SEQUENCER_INTERVAL_MS = 200;

export class ChangeSequencer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private failing = false;
  private log: Log | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Starts the timer (the service does; tests and tools place through nudge alone); 0 = no timer. */
  start(log: Log, intervalMs = SEQUENCER_INTERVAL_MS): void {
    this.log = log;
    if (this.timer || intervalMs === 0) return;
    this.timer = setInterval(() => void this.nudge(), intervalMs);
    // The timer alone must not keep a process alive.
    this.timer.unref();
  }

  /**
   * Places every change committed before this call, soon. Never rejects: a failure is logged and
   * the next nudge or tick tries again. Writers do not wait for it; tests may.
   */
  nudge(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.placeAll().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  /** Stops the timer and waits for a placement under way (before the DataSource closes). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async placeAll(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await placeCommittedChanges(this.dataSource)) === PLACEMENT_BATCH);
        if (this.failing) this.log?.info({}, 'change feed: placing changes again');
        this.failing = false;
      } catch (error) {
        // Logged once per outage, not once per tick.
        if (!this.failing)
          this.log?.warn(
            { err: { message: error instanceof Error ? error.message : String(error) } },
            'change feed: cannot place changes',
          );
        this.failing = true;
        return;
      }
    } while (this.again && this.dataSource.isInitialized);
  }
}

const sequencers = new WeakMap<DataSource, ChangeSequencer>();

/** The one sequencer of a DataSource. */
export function changeSequencerFor(dataSource: DataSource): ChangeSequencer {
  let sequencer = sequencers.get(dataSource);
  if (!sequencer) sequencers.set(dataSource, (sequencer = new ChangeSequencer(dataSource)));
  return sequencer;
}
