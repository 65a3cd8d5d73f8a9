// The code examples of a package README, for the consumer checks that run them: every
// ```ts or ```js block must say where it runs, ```ts node (the node check runs it) or
// ```ts browser (the bundlers check bundles it and runs it in Chromium). Markdown viewers
// read only the first word of the fence, so the tag does not show.

/** [{ env, lang, code, line }] of every ts/js block; env is 'node', 'browser' or null. */
export function readmeExamples(markdown) {
  const examples = [];
  const fence = /^```(ts|js|typescript|javascript)(?![\w-])([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const env =
      match[2]
        .trim()
        .split(/\s+/)
        .find((w) => w === 'node' || w === 'browser') ?? null;
    const line = markdown.slice(0, match.index).split('\n').length;
    examples.push({ env, lang: match[1].startsWith('t') ? 'ts' : 'js', code: match[3], line });
  }
  return examples;
}
