/** Types of csp.mjs (a plain ES module so that Node scripts can use it without a build). */
export declare const TRUSTED_TYPES: readonly string[];
export declare function demoPolicy(scriptHashes?: readonly string[]): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function policyOfPage(html: string): string;
