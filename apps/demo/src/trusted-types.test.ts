import { describe, expect, it } from 'vitest';
import { siteScriptURL } from './trusted-types.js';

const root = new URL('https://example.org/toolkit/');

describe('the Trusted Types policy of the demo', () => {
  it('lets the service worker of the site through, however the page names it', () => {
    expect(siteScriptURL('./sw.js', 'https://example.org/toolkit/assess', root)).toBe('./sw.js');
    expect(siteScriptURL('sw.js', 'https://example.org/toolkit/', root)).toBe('sw.js');
    expect(siteScriptURL('/toolkit/sw.js', 'https://example.org/toolkit/plan?x=1', root)).toBe(
      '/toolkit/sw.js',
    );
  });

  it('refuses any other script URL', () => {
    const page = 'https://example.org/toolkit/assess';
    for (const url of [
      './other.js',
      '../sw.js',
      './assets/sw.js',
      'https://evil.example/toolkit/sw.js',
      '//evil.example/toolkit/sw.js',
      './sw.js?next=1',
      './sw.js#x',
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
      'http://[',
    ]) {
      expect(siteScriptURL(url, page, root), url).toBeNull();
    }
  });
});
