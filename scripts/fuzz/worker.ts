/**
 * The fuzzer's child process: loads the documents once, then runs what the main process asks
 * (a target's inputs, shrinking one finding, describing one input), writing where it is to
 * the position file so that the main process can stop a call that never ends and keep the
 * counts of a process that ran out of memory.
 */
import { openSync } from 'node:fs';
import {
  describeAt,
  Position,
  runTarget,
  shrinkFinding,
  type Finding,
  type RunRequest,
} from './run.js';
import { loadContext } from './targets.js';

export type WorkerRequest =
  | ({ type: 'run' } & RunRequest)
  | { type: 'shrink'; finding: Finding; slowMs?: number }
  | { type: 'describe'; finding: Finding };

const file = process.env.DTC_FUZZ_POSITION;
if (!file || !process.send) throw new Error('Run by scripts/fuzz/harness.ts, not on its own');
const position = new Position(openSync(file, 'r+'));
const send = (message: unknown) => process.send!(message);
const ctx = await loadContext();

process.on('message', (request: WorkerRequest) => {
  const work =
    request.type === 'run'
      ? runTarget(request, ctx, position, {
          finding: (finding) => send({ type: 'finding', finding }),
          repeat: (key, shape) => send({ type: 'repeat', key, shape }),
        }).then(() => send({ type: 'done' }))
      : request.type === 'shrink'
        ? shrinkFinding(request.finding, ctx, position, request.slowMs).then((shrunk) =>
            send({ type: 'shrunk', shrunk }),
          )
        : describeAt(request.finding, ctx).then((described) =>
            send({ type: 'described', ...described }),
          );
  work.catch((error: unknown) =>
    send({ type: 'failed', message: error instanceof Error ? error.stack : String(error) }),
  );
});
send({ type: 'ready' });
