/**
 * The facilitator's group: participants' responses imported from files or share codes,
 * kept in this browser only (storage key `dtc-demo:workshop`).
 */
import type { ActionPlan, Response } from '@dtc/schema';
import {
  getWorkshop,
  newId,
  now,
  saveWorkshop,
  type Feedback,
  type Participant,
} from './storage.js';

export interface NewParticipant {
  response: Response;
  label: string;
  source: 'file' | 'code';
  fileName?: string | undefined;
  plan?: ActionPlan | undefined;
  feedback?: Feedback | undefined;
}

const fingerprint = (r: Response): string => JSON.stringify({ ...r, updatedAt: undefined });

/**
 * Adds participants, skipping any whose response is already in the workshop exactly.
 * Returns the participants added and the ones skipped as duplicates.
 */
export function addParticipants(items: readonly NewParticipant[]): {
  added: Participant[];
  duplicates: NewParticipant[];
} {
  const current = getWorkshop().participants;
  const seen = new Set(current.map((p) => fingerprint(p.response)));
  const added: Participant[] = [];
  const duplicates: NewParticipant[] = [];
  for (const item of items) {
    const key = fingerprint(item.response);
    if (seen.has(key)) {
      duplicates.push(item);
      continue;
    }
    seen.add(key);
    added.push({
      id: newId(),
      addedAt: now(),
      label: item.label,
      source: item.source,
      fileName: item.fileName,
      response: item.response,
      plan: item.plan,
      feedback: item.feedback,
    });
  }
  if (added.length) saveWorkshop({ participants: [...current, ...added] });
  return { added, duplicates };
}

export function removeParticipant(id: string): void {
  saveWorkshop({ participants: getWorkshop().participants.filter((p) => p.id !== id) });
}
