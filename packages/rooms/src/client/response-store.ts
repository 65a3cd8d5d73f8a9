/**
 * `<dtc-assessment>`'s store in a room: the participant's response and drafts, kept in their
 * room document (one entry per answer, so that two devices of one participant, or one device
 * back from offline, merge answer by answer). It follows the store interface of
 * `@dtc/widgets/model` exactly, so the element does not know it is in a room.
 */
import type { Framework } from '@dtc/schema';
import {
  parseStoredResponse,
  readDrafts,
  setAsideReason,
  type ResponseStore,
  type StoredResponse,
  type StoreLoad,
} from '@dtc/widgets/model';
import { readParticipantRaw, writeParticipant } from '../shared/documents.js';
import type { OpenDocument } from './open-document.js';

export class RoomResponseStore implements ResponseStore {
  private framework: Framework | null = null;

  constructor(
    private readonly open: OpenDocument,
    private readonly options: { backupPrefix: string },
  ) {}

  /** Resolves once the device's copy is loaded and the server answered (or did not, in time). */
  get ready(): Promise<void> {
    return this.open.ready;
  }

  async load(framework: Framework): Promise<StoreLoad> {
    this.framework = framework;
    await this.open.ready;
    return this.read(framework);
  }

  private read(framework: Framework): StoreLoad {
    const raw = readParticipantRaw(this.open.doc);
    if (!raw.response) return { status: 'empty' };
    const parsed = parseStoredResponse(raw.response, framework);
    if (parsed.ok)
      return { status: 'restored', response: parsed.value, drafts: readDrafts(raw.drafts) };
    // Not this framework's: copied aside on this device, and left as it is in the room.
    const backupKey = `${this.options.backupPrefix}:backup:${new Date().toISOString()}`;
    try {
      localStorage.setItem(backupKey, JSON.stringify(raw.response));
    } catch {
      return { status: 'unavailable' };
    }
    return { status: 'set-aside', backupKey, reason: setAsideReason(parsed.issues) };
  }

  save(entry: StoredResponse): boolean {
    writeParticipant(
      this.open.doc,
      { response: entry.response, drafts: { ...entry.drafts } },
      this,
    );
    return true;
  }

  subscribe(listener: (entry: StoredResponse) => void): () => void {
    let queued = false;
    const onUpdate = (_update: Uint8Array, origin: unknown): void => {
      if (origin === this || queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (!this.framework) return;
        const found = this.read(this.framework);
        if (found.status === 'restored')
          listener({ response: found.response, drafts: found.drafts });
      });
    };
    this.open.doc.on('update', onUpdate);
    return () => this.open.doc.off('update', onUpdate);
  }

  clear(): void {
    writeParticipant(this.open.doc, { response: null, drafts: {} }, this);
  }
}
