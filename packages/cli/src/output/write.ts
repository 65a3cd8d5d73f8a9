/**
 * Writing to standard output (or any stream of `Io`) at the pace it is read: `write` waits
 * for `drain` when the stream's buffer is full, so streaming a million results does not
 * hold them all in memory.
 */
import { once } from 'node:events';

export type Out = NodeJS.WritableStream;

/** Writes `text`, waiting until the stream takes more when its buffer is full. */
export async function write(out: Out, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
