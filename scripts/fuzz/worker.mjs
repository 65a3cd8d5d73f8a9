// The fuzzer's worker thread: Node 20 does not pass tsx's loader to workers, so it is
// registered here before the TypeScript worker is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
