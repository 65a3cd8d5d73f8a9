import { parseFramework, type Framework, type Issue } from '@dtc/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a framework loaded from a URL stands. */
export type FrameworkLoad =
  | { status: 'idle' }
  | { status: 'loading'; src: string }
  | { status: 'ready'; src: string; framework: Framework }
  /** `fetch`: the file could not be fetched (`detail` says why); `invalid`: see `issues`. */
  | { status: 'error'; src: string; kind: 'fetch' | 'invalid'; detail: string; issues: Issue[] };

/**
 * Fetches a framework JSON file and validates it with `parseFramework` from `@dtc/schema`,
 * re-rendering the host as the state changes. A newer `load()` cancels an older one.
 */
export class FrameworkLoader implements ReactiveController {
  state: FrameworkLoad = { status: 'idle' };
  private abort: AbortController | undefined;
  private resume: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached while a load was cut short: start it again.
    if (this.resume) this.load(this.resume);
    this.resume = undefined;
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.abort?.abort();
    this.resume = this.state.src;
    this.state = { status: 'idle' };
  }

  /** Starts loading `src` unless it is already loaded or loading; `undefined` resets. */
  load(src: string | undefined): void {
    if (!src) {
      this.abort?.abort();
      this.state = { status: 'idle' };
      return;
    }
    if (this.state.status !== 'idle' && this.state.src === src) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading', src };
    const fail = (kind: 'fetch' | 'invalid', detail: string, issues: Issue[] = []): void => {
      this.state = { status: 'error', src, kind, detail, issues };
    };
    void (async () => {
      try {
        const res = await fetch(src, { signal: abort.signal });
        if (!res.ok) fail('fetch', `HTTP ${res.status}`);
        else {
          const parsed = parseFramework(await res.text());
          if (parsed.ok) this.state = { status: 'ready', src, framework: parsed.value };
          else fail('invalid', parsed.issues[0]?.message ?? '', parsed.issues);
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        fail('fetch', (error as Error).message || String(error));
      }
      if (!abort.signal.aborted) this.host.requestUpdate();
    })();
  }
}
