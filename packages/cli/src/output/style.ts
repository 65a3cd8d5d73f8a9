/**
 * Colour on a terminal only: a stream that is not a TTY, or `NO_COLOR` set (to anything
 * but the empty string, https://no-color.org), gets plain text.
 */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** Whether to colour what is written to `stream`. */
export function colourFor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

export function styleFor(stream: { isTTY?: boolean }, env?: NodeJS.ProcessEnv): Style {
  const enabled = colourFor(stream, env);
  return enabled
    ? {
        enabled,
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
      }
    : { enabled, bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
}
