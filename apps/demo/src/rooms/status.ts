/**
 * The status line of a room page: one sentence in a polite live region (screen readers hear
 * each change without losing their place), with a mark of the state for sighted readers.
 */
import type { ConnectionState, RoomConnection } from '@dtc/rooms/client';
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { statusText } from './words.js';

export class ConnectionStatus implements ReactiveController {
  state: ConnectionState = { connection: 'connecting', unsynced: 0, refusal: null };
  private wasOnline = false;
  private stop: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Follows a connection (and stops following the one before). */
  follow(connection: RoomConnection | null): void {
    this.stop?.();
    this.stop = null;
    this.wasOnline = false;
    if (!connection) return;
    this.stop = connection.onStatus((state) => {
      this.state = state;
      if (state.connection === 'online') this.wasOnline = true;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = null;
  }

  /** The kind of state, for the line's style: `ok`, `waiting` or `problem`. */
  private get kind(): 'ok' | 'waiting' | 'problem' {
    const s = this.state;
    if (s.refusal) return 'problem';
    if (s.connection === 'online' && s.unsynced === 0) return 'ok';
    return 'waiting';
  }

  render(): TemplateResult {
    const { connection, refusal } = this.state;
    return html`<p
      class="room-status room-status-${this.kind}"
      role="status"
      aria-live="polite"
      data-connection=${connection}
      data-refusal=${refusal?.reason ?? ''}
    >
      ${statusText(this.state, this.wasOnline)}
    </p>`;
  }
}
