/**
 * The facilitator's group: participants' responses imported from files or share codes,
 * kept in this browser only (storage key `dtc-demo:workshop`).
 */
import type { ActionPlan, QuestionFeedback, Response } from '@dtc/schema';
import { carriedFrom } from './migration.js';
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
  questionFeedback?: QuestionFeedback | undefined;
}

/** A response's content: not when it was saved, nor when it was carried to this framework version. */
const fingerprint = (r: Response): string =>
  JSON.stringify({ ...r, updatedAt: undefined, migrations: carriedFrom(r) });

/**
 * Who answered: the response's `id`, else the moment it was started and who started it.
 * A participant who sends an updated file sends the same response, with newer answers.
 */
const identity = (r: Response): string | null =>
  r.id
    ? `id:${r.id}`
    : r.createdAt
      ? `created:${r.createdAt}:${JSON.stringify(r.respondent)}`
      : null;

const newer = (a: Response, b: Response): boolean =>
  Date.parse(a.updatedAt ?? '') > Date.parse(b.updatedAt ?? '');

/**
 * Adds participants. A response already in the workshop exactly is skipped as a duplicate;
 * a newer version of a participant's response (same id, or same start) replaces theirs, so
 * that nobody counts twice; an older version is skipped as a duplicate.
 */
export function addParticipants(items: readonly NewParticipant[]): {
  added: Participant[];
  updated: Participant[];
  duplicates: NewParticipant[];
} {
  const participants = [...getWorkshop().participants];
  const seen = new Set(participants.map((p) => fingerprint(p.response)));
  const added: Participant[] = [];
  const updated: Participant[] = [];
  const duplicates: NewParticipant[] = [];
  for (const item of items) {
    const key = fingerprint(item.response);
    const who = identity(item.response);
    const same = who === null ? -1 : participants.findIndex((p) => identity(p.response) === who);
    if (seen.has(key) || (same >= 0 && !newer(item.response, participants[same]!.response))) {
      duplicates.push(item);
      continue;
    }
    seen.add(key);
    const participant: Participant = {
      id: same >= 0 ? participants[same]!.id : newId(),
      addedAt: now(),
      label: item.label,
      source: item.source,
      fileName: item.fileName,
      response: item.response,
      plan: item.plan,
      feedback: item.feedback,
      questionFeedback: item.questionFeedback,
    };
    if (same >= 0) {
      participants[same] = participant;
      updated.push(participant);
    } else {
      participants.push(participant);
      added.push(participant);
    }
  }
  if (added.length || updated.length) saveWorkshop({ participants });
  return { added, updated, duplicates };
}

export function removeParticipant(id: string): void {
  saveWorkshop({ participants: getWorkshop().participants.filter((p) => p.id !== id) });
}
