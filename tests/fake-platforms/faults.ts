/** Trouble a test can make the world cause, per host or everywhere. */
export type Fault =
  /** Answer normally, but only after `ms` milliseconds. Combines with the faults below. */
  | { kind: 'delay'; ms: number }
  /** Never answer (the connection stays open until the client gives up or the world closes). */
  | { kind: 'hang' }
  /** An HTTP 5xx (500 unless said otherwise) with a platform-agnostic error body. */
  | { kind: 'server-error'; status?: number }
  /** HTTP 429 with `Retry-After` in seconds. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** HTTP 200 whose body is not what the API would ever send. */
  | { kind: 'garbage' }
  /** Destroy the socket without answering. */
  | { kind: 'drop' };

export interface FaultOptions {
  /** Only requests to this host; every host when absent. */
  host?: string;
  /** Only the next N matching requests; every one when absent. */
  times?: number;
}

interface ActiveFault {
  fault: Fault;
  host?: string;
  remaining: number;
}

/** The faults in force, in the order they were injected. */
export class FaultBook {
  private active: ActiveFault[] = [];

  add(fault: Fault, options: FaultOptions = {}): () => void {
    const entry: ActiveFault = {
      fault,
      host: options.host,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
    };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((f) => f !== entry);
    };
  }

  clear(): void {
    this.active = [];
  }

  /** Takes the faults that apply to one request: the total delay, and the first other fault. */
  take(host: string): { delayMs: number; fault?: Exclude<Fault, { kind: 'delay' }> } {
    let delayMs = 0;
    let fault: Exclude<Fault, { kind: 'delay' }> | undefined;
    for (const entry of this.active) {
      if (entry.host !== undefined && entry.host !== host) continue;
      if (entry.fault.kind === 'delay') {
        delayMs += entry.fault.ms;
      } else if (fault) {
        continue;
      } else {
        fault = entry.fault;
      }
      entry.remaining -= 1;
    }
    this.active = this.active.filter((f) => f.remaining > 0);
    return { delayMs, fault };
  }
}
