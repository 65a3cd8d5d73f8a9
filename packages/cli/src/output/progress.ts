/**
 * A progress bar (cli-progress) on standard error when it is a terminal; nothing otherwise,
 * so that logs and pipes get no control characters.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** Counts one more item done. */
  tick(): void;
  /** Removes the bar (it is redrawn as the last line, then cleared). */
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/**
 * A bar that counts items (`total` when known, else a count alone), drawn on `stream` only
 * when it is a TTY. It redraws at most ten times a second.
 */
export function progress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  total?: number,
): Progress {
  if (stream.isTTY !== true) return NONE;
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: total ? `${label} [{bar}] {percentage}% {value}/{total}` : `${label} {value}`,
    fps: 10,
    clearOnComplete: true,
    hideCursor: true,
  });
  bar.start(total ?? 0, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
