import { afterEach, describe, expect, it, vi } from 'vitest';
import { allDefined, elementLoaders } from './autoloader';

describe('autoloader', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('defines a sehat-* element added to the page after it started, and only that one', async () => {
    expect(customElements.get('sehat-drug-search')).toBeUndefined();
    const host = document.createElement('div');
    host.innerHTML = '<sehat-drug-search></sehat-drug-search>';
    document.body.append(host);
    await customElements.whenDefined('sehat-drug-search');
    expect(customElements.get('sehat-drug-search')).toBeDefined();
    expect(customElements.get('sehat-drug-alerts')).toBeUndefined();
  });

  it('knows every drug and BPJS element, and warns about an unknown sehat-* tag', async () => {
    for (const tag of ['sehat-bpjs-verify', 'sehat-drug-alerts', 'sehat-drug-badge', 'sehat-drug-search']) {
      expect(Object.keys(elementLoaders)).toContain(tag);
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML =
      '<sehat-no-such-thing></sehat-no-such-thing><sehat-drug-badge></sehat-drug-badge>';
    await allDefined();
    expect(customElements.get('sehat-drug-badge')).toBeDefined();
    expect(warn).toHaveBeenCalledWith('SehatKit has no element <sehat-no-such-thing>.');
  });
});
