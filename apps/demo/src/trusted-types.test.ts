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

  it('lets through the workers the site named, and only those', () => {
    const page = 'https://example.org/toolkit/workshop';
    const trusted = new Set(['https://example.org/toolkit/assets/import.worker-abc123.js']);
    expect(siteScriptURL('./assets/import.worker-abc123.js', page, root, trusted)).toBe(
      './assets/import.worker-abc123.js',
    );
    expect(
      siteScriptURL(
        'https://example.org/toolkit/assets/import.worker-abc123.js',
        page,
        root,
        trusted,
      ),
    ).toBe('https://example.org/toolkit/assets/import.worker-abc123.js');
    for (const url of [
      './assets/import.worker-abc124.js',
      './assets/import.worker-abc123.js?x=1',
      'https://evil.example/toolkit/assets/import.worker-abc123.js',
    ]) {
      expect(siteScriptURL(url, page, root, trusted), url).toBeNull();
    }
    expect(siteScriptURL('./assets/import.worker-abc123.js', page, root)).toBeNull();
  });
});
