/**
 * The import worker: reads and validates the files it is given (file-read.ts), posting its
 * progress after each file, then every file's outcome. The page terminates it to cancel.
 */
import { readFiles, toWire, TooManyFilesError, type WorkerMessage } from './file-read.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ files: File[] }>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  readFiles(
    event.data.files,
    (done, total) => scope.postMessage({ type: 'progress', done, total }),
    undefined,
    { yieldBetween: false },
  ).then(
    (outcomes) => scope.postMessage({ type: 'done', outcomes: outcomes.map(toWire) }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof TooManyFilesError
          ? { type: 'too-many', count: error.count }
          : { type: 'failed', message: error instanceof Error ? error.message : String(error) },
      ),
  );
};
