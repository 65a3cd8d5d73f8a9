// The fuzzer's child process: registers tsx's loader, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
