/**
 * Reading the files a user chooses or drops off the page's thread: a module worker
 * (import.worker.ts) reads and validates them one by one (file-read.ts) and reports its
 * progress, so the page keeps answering while hundreds of files are read; stopping it (Cancel)
 * terminates the worker, and nothing read is kept.
 *
 * Storing what was read stays with the page, in one step once every file has been read: an
 * import that is cancelled stores nothing, and what was stored before stays as it was.
 */
import {
  fromWire,
  MAX_IMPORT_FILES,
  readFiles,
  TooManyFilesError,
  type FileOutcome,
  type Progress,
  type WorkerMessage,
} from './file-read.js';
import { trustWorker } from './trusted-types.js';
import workerURL from './import.worker.ts?worker&url';

/**
 * {@link readFiles} in a module worker, so that the page stays responsive. Aborting `signal`
 * terminates the worker at once and rejects with the signal's reason. Where the browser makes
 * no worker, or its script cannot be loaded (offline before it was ever cached), the files are
 * read on the page instead, yielding between files.
 */
export function importFiles(
  files: readonly File[],
  onProgress: Progress,
  signal: AbortSignal,
): Promise<FileOutcome[]> {
  if (files.length > MAX_IMPORT_FILES) return Promise.reject(new TooManyFilesError(files.length));
  const onPage = () => readFiles(files, onProgress, signal);
  if (typeof Worker === 'undefined') return onPage();
  let worker: Worker;
  try {
    trustWorker(workerURL);
    worker = new Worker(workerURL, { type: 'module', name: 'import' });
  } catch {
    return onPage();
  }
  return new Promise((resolve, reject) => {
    let heard = false;
    const stop = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = (): void => {
      stop();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done, message.total);
      stop();
      if (message.type === 'done') resolve(message.outcomes.map(fromWire));
      else if (message.type === 'too-many') reject(new TooManyFilesError(message.count));
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      // The worker never started: the page reads the files itself.
      if (!heard) onPage().then(resolve, reject);
      else reject(new Error(event.message || 'The import worker failed'));
    };
    worker.postMessage({ files: [...files] });
  });
}
