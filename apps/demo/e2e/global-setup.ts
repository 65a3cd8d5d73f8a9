/**
 * Serves the built demo (apps/demo/dist) on 127.0.0.1 with a free port for the end-to-end
 * tests, and hands its URL to them (`inject('baseURL')`). Fails at once with a clear message
 * when the site has not been built.
 */
import type { TestProject } from 'vitest/node';
import { serve } from '../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serve();
  project.provide('baseURL', server.url);
  process.env.DTC_DEMO_URL = server.url;
  return () => server.close();
}
