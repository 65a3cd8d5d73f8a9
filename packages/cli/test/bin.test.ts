/**
 * The built `dtc` (dist/bin.js, from `npm run build`) as a user runs it: a child process,
 * its exit code and what it writes.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('dist/bin.js', () => {
  beforeAll(() => {
    if (!existsSync(bin))
      throw new Error(`${bin} is missing: build @dtc/cli first (npm test does).`);
  });

  it('prints its version and exits 0', async () => {
    const { code, stdout } = await node(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('ends a failing command with its message and exit code, and no stack trace', async () => {
    const { code, stdout, stderr } = await node(['score', fixture('truncated-json.txt')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `dtc: ${fixture('truncated-json.txt')}: not valid JSON: line 17, column 26: Unterminated string\n`,
    );
  });

  it('exits 2 on a usage mistake', async () => {
    const { code, stderr } = await node(['score']);
    expect(code).toBe(2);
    expect(stderr).toContain("error: missing required argument 'responses'");
  });
});
