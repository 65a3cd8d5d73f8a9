/** The command line of the benchmark scripts: `--key=value` or `--flag` options, then words. */
export function benchArgs(argv: readonly string[] = process.argv.slice(2)): {
  options: ReadonlyMap<string, string>;
  positional: readonly string[];
} {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (const arg of argv) {
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [key, value] = arg.slice(2).split('=');
    options.set(key!, value ?? 'true');
  }
  return { options, positional };
}
