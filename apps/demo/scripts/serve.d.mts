/** Types of serve.mjs (a plain ES module so that Node scripts can use it without a build). */
export declare const DIST: string;
export declare function assertBuilt(dir?: string): void;
export declare function serve(options?: {
  dir?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
