// The workshop room server as a partner installs it (`@dtc/rooms`):
// - the tarball holds the built server, client and command, and no test file;
// - a Node project imports `startRoomServer`, starts a server on a free port with a SQLite
//   file, and the server answers `GET /api/rooms`, opens a room and looks its code up;
// - the `dtc-rooms` command of the installed package prints its help (`npx dtc-rooms --help`),
//   then starts, answers, and stops on SIGTERM;
// - `@dtc/rooms/client` bundles for the browser (esbuild, platform browser) without `ws`,
//   `better-sqlite3`, the server's modules or any `node:` module.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const name = 'rooms';
export const tools = ['esbuild'];

const TEST_FILE = /(^|\/)(tests?|__tests__|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.test\.d\.ts$/;

/** Runs `dtc-rooms` until it prints its addresses; resolves with the process and the first one. */
function startCommand(bin, args, cwd) {
  const child = spawn(bin, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 15 s:\n${output}`)), 15_000);
    const read = (chunk) => {
      output += chunk;
      const address = /^\s+(http:\/\/\S+)$/m.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve(address[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dtc-rooms exited (${code}):\n${output}`));
    });
  });
  const stopped = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, started, stopped, output: () => output };
}

export default async function check(ctx) {
  const pkg = ctx.packages.find((p) => p.name === '@dtc/rooms');
  if (!pkg) throw new Error('@dtc/rooms is not among the packed packages');
  const dir = join(ctx.dir, 'rooms');
  mkdirSync(dir, { recursive: true });

  // The tarball.
  const files = ctx
    .run('tar', ['-tzf', pkg.tarball])
    .stdout.split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  const tests = files.filter((f) => TEST_FILE.test(f));
  const wanted = [
    'dist/server/index.js',
    'dist/server/cli.js',
    'dist/client/index.js',
    'README.md',
  ];
  const missing = wanted.filter((f) => !files.includes(f));
  if (tests.length || missing.length) {
    ctx.fail(
      'the @dtc/rooms tarball',
      new Error(
        [
          tests.length ? `test files: ${tests.join(', ')}` : '',
          missing.length ? `missing: ${missing.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    );
  } else {
    ctx.pass(
      `the @dtc/rooms tarball: ${files.length} files, the server, client and command, no test file`,
    );
  }

  // A Node project starts a server with the package's API.
  writeFileSync(
    join(dir, 'server.mjs'),
    `import { startRoomServer } from '@dtc/rooms';
import { existsSync } from 'node:fs';
const database = new URL('./api.sqlite', import.meta.url).pathname;
const server = await startRoomServer({ database, log: () => {} });
try {
  if (!(server.port > 0)) throw new Error('no port: ' + server.port);
  const info = await (await fetch(server.url + '/api/rooms')).json();
  if (info.service !== 'dtc-rooms' || info.openKey !== false)
    throw new Error('GET /api/rooms answered ' + JSON.stringify(info));
  const opened = await fetch(server.url + '/api/rooms', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Check', teams: ['A'], framework: { id: 'six-pillars', version: '2.0.0' } }),
  });
  const room = await opened.json();
  if (opened.status !== 201 || !/^[0-9A-Z]{5}-[0-9A-Z]{5}$/.test(room.code))
    throw new Error('POST /api/rooms answered ' + opened.status + ' ' + JSON.stringify(room));
  const found = await (await fetch(server.url + '/api/rooms/join?code=' + room.code)).json();
  if (found.title !== 'Check' || found.teams[0].id !== 't1')
    throw new Error('GET /api/rooms/join answered ' + JSON.stringify(found));
  if (!existsSync(database)) throw new Error('no SQLite file at ' + database);
  console.log(server.url);
} finally {
  await server.close();
}
`,
  );
  try {
    const url = ctx.run('node', ['server.mjs'], { cwd: dir }).stdout.trim();
    ctx.pass(`startRoomServer() listens on ${url}: GET /api/rooms, open a room, look its code up`);
  } catch (error) {
    ctx.fail('startRoomServer() in a Node project', error);
  }

  // The command.
  try {
    const help = ctx.run('npx', ['--no-install', 'dtc-rooms', '--help'], { cwd: dir }).stdout;
    if (!help.includes('Usage: dtc-rooms') || !help.includes('--open-key'))
      throw new Error(`unexpected help:\n${help}`);
    ctx.pass('npx dtc-rooms --help prints the options');
  } catch (error) {
    ctx.fail('npx dtc-rooms --help', error);
  }
  const bin = join(ctx.dir, 'node_modules', '.bin', 'dtc-rooms');
  const database = join(dir, 'command.sqlite');
  const command = startCommand(
    bin,
    ['--port', '0', '--host', '127.0.0.1', '--database', database],
    dir,
  );
  try {
    const url = await command.started;
    const info = await (await fetch(`${url}/api/rooms`)).json();
    if (info.service !== 'dtc-rooms')
      throw new Error(`GET /api/rooms answered ${JSON.stringify(info)}`);
    command.child.kill('SIGTERM');
    const code = await command.stopped;
    if (code !== 0) throw new Error(`exit code ${code} after SIGTERM:\n${command.output()}`);
    if (!existsSync(database)) throw new Error(`no SQLite file at ${database}`);
    ctx.pass(`dtc-rooms starts (${url}), answers, and stops on SIGTERM`);
  } catch (error) {
    command.child.kill('SIGKILL');
    ctx.fail('the dtc-rooms command', error);
  }

  // The client in a browser bundle.
  const require = createRequire(join(ctx.dir, 'package.json'));
  const esbuild = await import(pathToFileURL(require.resolve('esbuild')).href);
  writeFileSync(
    join(dir, 'client.js'),
    `import { RoomConnection, joinRoom, openRoom } from '@dtc/rooms/client';\n` +
      `globalThis.rooms = { RoomConnection, joinRoom, openRoom };\n`,
  );
  try {
    const result = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: [join(dir, 'client.js')],
      outfile: join(dir, 'out', 'client.js'),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const [output] = Object.values(result.metafile.outputs);
    const problems = [
      ...inputs.filter((i) => /node_modules\/(ws|better-sqlite3|bindings)\//.test(i)),
      ...inputs.filter((i) => i.includes('@dtc/rooms/dist/server/')),
      ...inputs.filter((i) => i.startsWith('node:')),
      ...output.imports.map((i) => `import of ${i.path}`),
    ];
    if (problems.length) throw new Error(`the bundle holds or imports:\n${problems.join('\n')}`);
    if (!inputs.some((i) => i.includes('@dtc/rooms/dist/client/')))
      throw new Error('the bundle holds nothing of @dtc/rooms/dist/client');
    const code = readFileSync(join(dir, 'out', 'client.js'));
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    ctx.pass(
      `esbuild (browser): @dtc/rooms/client without ws, better-sqlite3, the server or node: modules (${kb(code.length)}, ${kb(gzipSync(code, { level: 9 }).length)} gzip)`,
    );
  } catch (error) {
    ctx.fail('esbuild (browser): @dtc/rooms/client', error);
  }
}
