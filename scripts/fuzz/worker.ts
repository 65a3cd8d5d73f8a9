/**
 * The fuzzer's worker: loads the documents once, then runs what the main thread asks (a
 * target's inputs, or shrinking one finding), counting into shared memory so that the main
 * thread can stop a call that never ends and keep the counts of a worker that crashed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  describeAt,
  runTarget,
  shrinkFinding,
  type Finding,
  type Position,
  type RunRequest,
} from './run.js';
import { loadContext } from './targets.js';

export type WorkerRequest =
  | ({ type: 'run' } & RunRequest)
  | { type: 'shrink'; finding: Finding; slowMs?: number }
  | { type: 'describe'; finding: Finding };

const { ints, times } = workerData as { ints: SharedArrayBuffer; times: SharedArrayBuffer };
const position: Position = { ints: new Int32Array(ints), times: new Float64Array(times) };
const ctx = await loadContext();
const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  const work =
    request.type === 'run'
      ? runTarget(request, ctx, position, {
          finding: (finding) => port.postMessage({ type: 'finding', finding }),
          repeat: (key, shape) => port.postMessage({ type: 'repeat', key, shape }),
        }).then(() => port.postMessage({ type: 'done' }))
      : request.type === 'shrink'
        ? shrinkFinding(request.finding, ctx, position, request.slowMs).then((shrunk) =>
            port.postMessage({ type: 'shrunk', shrunk }),
          )
        : describeAt(request.finding, ctx).then((described) =>
            port.postMessage({ type: 'described', ...described }),
          );
  work.catch((error: unknown) =>
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.stack : String(error),
    }),
  );
});
port.postMessage({ type: 'ready' });
