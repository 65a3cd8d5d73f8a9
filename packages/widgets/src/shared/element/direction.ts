import type { LocaleController } from '../controllers/locale-controller.js';

/**
 * Whether an element lays out right to left: its own `dir` attribute, else the direction of
 * its explicit `locale`, else the nearest `dir` attribute up the tree (across shadow roots),
 * else the direction of the locale it inherited.
 */
export function isRtl(
  host: HTMLElement & { locale?: string | undefined },
  i18n: LocaleController,
): boolean {
  const own = host.getAttribute('dir');
  if (own === 'rtl' || own === 'ltr') return own === 'rtl';
  if (host.locale) return i18n.dir === 'rtl';
  for (
    let n: Node | null = host.parentNode;
    n;
    n = n instanceof ShadowRoot ? n.host : n.parentNode
  ) {
    const dir = n instanceof Element ? n.getAttribute('dir') : null;
    if (dir === 'rtl' || dir === 'ltr') return dir === 'rtl';
  }
  return i18n.dir === 'rtl';
}
