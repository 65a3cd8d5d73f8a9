import { describe, expect, it } from 'vitest';
import { href, resolve, setRoot } from './router.js';

describe('router', () => {
  setRoot(new URL('https://example.org/site/'));
  const at = (path: string) => resolve(new URL(path, 'https://example.org/site/'));

  it('finds a page one segment below the root, with its query and fragment', () => {
    const loc = at('assess?section=data-evidence#x');
    expect([loc.route.name, loc.sub, loc.params.get('section'), loc.hash]).toEqual([
      'assess',
      '',
      'data-evidence',
      'x',
    ]);
    expect(at('').route.name).toBe('home');
    expect(at('index.html').route.name).toBe('home');
  });

  it('gives a `sub` route its second segment, and no other route one', () => {
    const loc = at('learn/data-evidence#security-privacy');
    expect([loc.route.name, loc.sub, loc.hash]).toEqual([
      'learn',
      'data-evidence',
      'security-privacy',
    ]);
    expect([at('learn').route.name, at('learn').sub]).toEqual(['learn', '']);
    expect(at('learn/a/b').route.name).toBe('not-found');
    expect(at('assess/data-evidence').route.name).toBe('not-found');
    expect(resolve(new URL('https://example.org/elsewhere/learn')).route.name).toBe('not-found');
  });

  it('writes the URL of a page, with a second segment for a `sub` route only', () => {
    expect(href('learn')).toBe('/site/learn');
    expect(href('learn', {}, 'data-evidence')).toBe('/site/learn/data-evidence');
    expect(href('assess', { section: 'data-evidence' }, 'ignored')).toBe(
      '/site/assess?section=data-evidence',
    );
  });
});
