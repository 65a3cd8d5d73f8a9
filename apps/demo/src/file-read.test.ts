import { sixPillars } from '@dtc/framework';
import { describe, expect, it } from 'vitest';
import { ImportError, MAX_FILE_BYTES } from './exchange.js';
import {
  fromWire,
  MAX_IMPORT_FILES,
  readFiles,
  toWire,
  TooManyFilesError,
  type FileOutcome,
} from './file-read.js';

/** A file that notes when its content is read. */
class Watched extends File {
  constructor(
    parts: BlobPart[],
    name: string,
    private readonly reads: string[],
  ) {
    super(parts, name, { type: 'application/json' });
  }
  override text(): Promise<string> {
    this.reads.push(this.name);
    return super.text();
  }
}

const responseFile = (n: number) =>
  JSON.stringify({
    format: 'dtc.response',
    version: 1,
    id: `participant-${n}`,
    label: `Participant ${n}`,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: { role: 'partner' },
    answers: {
      'digital-strategy-status': { value: 1 + (n % 4), answeredAt: '2026-03-25T09:30:00Z' },
    },
    history: [],
  });

const summary = (outcomes: FileOutcome[]) =>
  outcomes.map((o) =>
    'error' in o ? `${o.name}: ${o.error.code}` : `${o.name}: ${o.items.map((i) => i.label)}`,
  );

describe('reading the files of an import', () => {
  it('reads each file in turn, says how far it is, and gives each file its outcome', async () => {
    const reads: string[] = [];
    const files = [
      new Watched([responseFile(1)], 'one.dtc.json', reads),
      new Watched(['{"format": "dtc.response",'], 'cut.dtc.json', reads),
      new Watched([responseFile(3)], 'three.dtc.json', reads),
    ];
    const progress: string[] = [];
    const outcomes = await readFiles(files, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(reads).toEqual(['one.dtc.json', 'cut.dtc.json', 'three.dtc.json']);
    expect(summary(outcomes)).toEqual([
      'one.dtc.json: Participant 1',
      'cut.dtc.json: invalid-json',
      'three.dtc.json: Participant 3',
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_FILES} files before reading any`, async () => {
    const reads: string[] = [];
    const files = Array.from(
      { length: MAX_IMPORT_FILES + 1 },
      (_, i) => new Watched([responseFile(i)], `p-${i}.dtc.json`, reads),
    );
    const error = await readFiles(files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyFilesError);
    expect((error as TooManyFilesError).count).toBe(MAX_IMPORT_FILES + 1);
    expect(reads).toEqual([]);
    // At the limit, every file is read.
    const outcomes = await readFiles(files.slice(0, MAX_IMPORT_FILES));
    expect(outcomes).toHaveLength(MAX_IMPORT_FILES);
    expect(reads).toHaveLength(MAX_IMPORT_FILES);
  });

  it('refuses a file past the size limit without reading it, and reads the others', async () => {
    const reads: string[] = [];
    const files = [
      new Watched([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.dtc.json', reads),
      new Watched([responseFile(2)], 'two.dtc.json', reads),
    ];
    expect(summary(await readFiles(files))).toEqual([
      'huge.dtc.json: too-large',
      'two.dtc.json: Participant 2',
    ]);
    expect(reads).toEqual(['two.dtc.json']);
  });

  it('stops when cancelled: no file after that is read, and nothing is returned', async () => {
    const reads: string[] = [];
    const files = Array.from(
      { length: 10 },
      (_, i) => new Watched([responseFile(i)], `p-${i}.dtc.json`, reads),
    );
    const abort = new AbortController();
    const error = await readFiles(
      files,
      (done) => {
        if (done === 2) abort.abort();
      },
      abort.signal,
    ).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(reads).toEqual(['p-0.dtc.json', 'p-1.dtc.json']);
  });

  it('posts outcomes as plain data and rebuilds their errors', () => {
    const issues = [{ path: ['answers'], code: 'invalid-type', message: 'Expected an object' }];
    const outcomes: FileOutcome[] = [
      { name: 'bad.json', error: new ImportError('invalid', issues) },
      { name: 'good.json', items: [] },
    ];
    const wire = structuredClone(outcomes.map(toWire));
    expect(wire[0]).toEqual({ name: 'bad.json', error: { code: 'invalid', issues } });
    const back = wire.map(fromWire);
    expect(back[0]).toMatchObject({ name: 'bad.json' });
    const error = (back[0] as { error: ImportError }).error;
    expect(error).toBeInstanceOf(ImportError);
    expect([error.code, error.issues]).toEqual(['invalid', issues]);
    expect(back[1]).toEqual({ name: 'good.json', items: [] });
  });
});
