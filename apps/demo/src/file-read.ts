/**
 * Reading the files of one import (assessments, workshop participants, team members): the
 * limits, the loop that reads and validates them one by one, and what it posts. The import
 * worker (import.worker.ts) runs the loop; the page talks to it through file-import.ts.
 * Every file's size is checked before it is read, and so is the number of files.
 */
import { framework } from './data.js';
import { ImportError, readImportFile, type ExportedAssessment } from './exchange.js';

export { MAX_FILE_BYTES } from './exchange.js';

/**
 * The most files one import reads (500): more are refused before any is read, with a
 * message that names how many were chosen and this limit. A workshop room holds a few dozen
 * participants; 500 participants' files are about 2.5 MB in this browser's storage.
 */
export const MAX_IMPORT_FILES = 500;

/** What became of one file: the assessments in it, or why it could not be imported. */
export type FileOutcome =
  { name: string; items: ExportedAssessment[] } | { name: string; error: ImportError };

/** How many files have been read, of how many. */
export type Progress = (done: number, total: number) => void;

/** The files of an import are more than {@link MAX_IMPORT_FILES}: none was read. */
export class TooManyFilesError extends Error {
  constructor(readonly count: number) {
    super(`${count} files: at most ${MAX_IMPORT_FILES} at once`);
    this.name = 'TooManyFilesError';
  }
}

/** Lets other work (a click, a repaint) run before the next file. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads and validates `files` one after the other (each checked for size before it is read,
 * see `readImportFile`), reporting progress after each. The worker runs this; so does the page
 * where no worker can be made, yielding between files (`yieldBetween`, which the worker, with
 * no page to keep answering, turns off). Throws TooManyFilesError before reading anything when
 * there are more than {@link MAX_IMPORT_FILES}; stops with the signal's reason when aborted.
 */
export async function readFiles(
  files: readonly File[],
  onProgress: Progress = () => undefined,
  signal?: AbortSignal,
  { yieldBetween = true } = {},
): Promise<FileOutcome[]> {
  if (files.length > MAX_IMPORT_FILES) throw new TooManyFilesError(files.length);
  const outcomes: FileOutcome[] = [];
  onProgress(0, files.length);
  for (const file of files) {
    signal?.throwIfAborted();
    try {
      outcomes.push({ name: file.name, items: await readImportFile(file, framework) });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ name: file.name, error });
    }
    onProgress(outcomes.length, files.length);
    if (yieldBetween) await yieldToEventLoop();
  }
  signal?.throwIfAborted();
  return outcomes;
}

/** A message from the worker. ImportErrors travel as their code and issues. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcomes: WireOutcome[] }
  | { type: 'too-many'; count: number }
  | { type: 'failed'; message: string };

export type WireOutcome =
  | { name: string; items: ExportedAssessment[] }
  | { name: string; error: { code: ImportError['code']; issues: ImportError['issues'] } };

/** An outcome as the worker posts it (structured clone keeps data, not classes). */
export const toWire = (outcome: FileOutcome): WireOutcome =>
  'error' in outcome
    ? { name: outcome.name, error: { code: outcome.error.code, issues: outcome.error.issues } }
    : outcome;

/** An outcome posted by the worker, with its ImportError rebuilt. */
export const fromWire = (outcome: WireOutcome): FileOutcome =>
  'error' in outcome
    ? { name: outcome.name, error: new ImportError(outcome.error.code, outcome.error.issues) }
    : outcome;
