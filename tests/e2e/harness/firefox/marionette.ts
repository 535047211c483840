import { connect, type Socket } from 'node:net';

/**
 * A client of Marionette, Firefox's own remote protocol (https://firefox-source-docs.mozilla.org/testing/marionette/Protocol.html):
 * messages are `length:JSON` over TCP; a command is `[0, id, name, params]`, its answer `[1, id, error, result]`.
 * Kept free of vitest so that the benchmark can drive Firefox too.
 */

/** The WebDriver keys of element and shadow-root references in results and arguments. */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
export const SHADOW_KEY = 'shadow-6066-11e4-a52e-4f735466cecf';

export interface ElementRef {
  [ELEMENT_KEY]: string;
}

interface Pending {
  name: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** How long one command may take before it fails with its name in the message. */
const COMMAND_TIMEOUT_MS = 30_000;

export class Marionette {
  #buffer = Buffer.alloc(0);
  #next = 0;
  #pending = new Map<number, Pending>();
  #closed: Error | undefined;
  #hello: ((value: unknown) => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.#receive(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      this.#closed = new Error('the Marionette connection closed (did Firefox exit?)');
      for (const p of this.#pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`${p.name}: ${this.#closed.message}`));
      }
      this.#pending.clear();
    });
  }

  /** Connects to Marionette on 127.0.0.1:`port` and waits for its greeting. */
  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new Marionette(socket);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Marionette greeting within 10 s')), 10_000);
      client.#hello = (value) => {
        clearTimeout(timer);
        resolve(value);
      };
    });
    return client;
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString());
      if (this.#buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.#hello?.(message);
        continue;
      }
      const [, id, error, result] = message as [
        1,
        number,
        { error: string; message: string } | null,
        unknown,
      ];
      const pending = this.#pending.get(id);
      if (!pending) continue;
      this.#pending.delete(id);
      clearTimeout(pending.timer);
      if (error) pending.reject(new Error(`${pending.name}: ${error.error}: ${error.message}`));
      else pending.resolve(result);
    }
  }

  /** Sends a command and returns its raw result. */
  send(name: string, params: object = {}, timeoutMs = COMMAND_TIMEOUT_MS): Promise<unknown> {
    if (this.#closed) return Promise.reject(new Error(`${name}: ${this.#closed.message}`));
    const id = ++this.#next;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${name}: no answer from Firefox within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#pending.set(id, { name, resolve, reject, timer });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /** A command's `value` (Marionette wraps every result but lists in `{ value }`). */
  async value<T>(name: string, params: object = {}): Promise<T> {
    const result = await this.send(name, params);
    return (Array.isArray(result) ? result : (result as { value: unknown } | null)?.value) as T;
  }

  /**
   * Runs `fn` (its source, so it must use only its arguments) in the current browsing context and returns what
   * its promise resolves to. A rejection comes back as an error with the page's message.
   */
  async run<R>(fn: (...args: never[]) => R | Promise<R>, ...args: unknown[]): Promise<Awaited<R>> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`;
    const answer = await this.value<{ value?: Awaited<R>; error?: string }>('WebDriver:ExecuteAsyncScript', {
      script,
      args,
    });
    if (answer?.error) throw new Error(`script failed in Firefox: ${answer.error}`);
    return answer?.value as Awaited<R>;
  }

  close(): void {
    this.socket.destroy();
  }
}
