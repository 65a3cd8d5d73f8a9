import { afterEach, describe, expect, it, vi } from 'vitest';
import { until } from '../test/helpers.js';
import { autoloadedTags, discover, load } from './autoloader.js';

afterEach(() => vi.restoreAllMocks());

const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('autoloader', () => {
  it('knows every element of the package, and nothing else', () => {
    const folders = Object.keys(import.meta.glob('./*/define.ts')).map(
      (path) => `dtc-${path.split('/')[1]}`,
    );
    expect([...autoloadedTags].sort()).toEqual(folders.sort());
  });

  it('registers an element the first time its tag appears, and no other', async () => {
    expect(defined('dtc-level-gauge')).toBe(false);
    const gauge = document.createElement('dtc-level-gauge');
    document.body.append(gauge);
    await until(() => defined('dtc-level-gauge'), 5000);
    expect(gauge.shadowRoot).not.toBeNull();
    expect(defined('dtc-action-plan')).toBe(false);
    expect(defined('dtc-report')).toBe(false);
  });

  it('finds elements added deep inside a subtree, and inside open shadow roots', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><p><dtc-bar-chart></dtc-bar-chart></p></div>';
    document.body.append(wrapper);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<dtc-heatmap></dtc-heatmap>';
    document.body.append(host);
    await until(() => defined('dtc-bar-chart') && defined('dtc-heatmap'), 5000);
    // A shadow root the autoloader has seen is watched for later additions.
    host.shadowRoot!.append(document.createElement('dtc-priorities'));
    await until(() => defined('dtc-priorities'), 5000);
  });

  it('loads inside a shadow root attached after its host was seen, once told with discover()', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    await new Promise((r) => setTimeout(r));
    host.attachShadow({ mode: 'open' }).innerHTML = '<dtc-compare></dtc-compare>';
    discover(host.shadowRoot!);
    await until(() => defined('dtc-compare'), 5000);
  });

  it('warns once, naming it, about a dtc- tag that is no element of the package', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.append(document.createElement('dtc-nonesuch'));
    document.body.append(document.createElement('dtc-nonesuch'));
    await until(() => warn.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain('<dtc-nonesuch>');
    expect(defined('dtc-nonesuch')).toBe(false);
  });

  it('resolves load() once the element is registered', async () => {
    await load('DTC-RADAR-CHART');
    expect(defined('dtc-radar-chart')).toBe(true);
  });
});
