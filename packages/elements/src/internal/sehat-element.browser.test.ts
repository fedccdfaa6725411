import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from '../../test/support/browser';
import { SehatElement } from './sehat-element';

class First extends SehatElement {
  protected override render() {
    return html`first`;
  }
}

describe('SehatElement', () => {
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('registers a tag once and warns, naming both versions, when another copy registers it again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    First.define('sehat-test-first');
    First.define('sehat-test-first');
    expect(warn).not.toHaveBeenCalled();
    // What a second bundle of SehatKit on the same page (another WordPress plugin) looks like.
    class OtherCopy extends SehatElement {
      static override readonly sehatVersion = '9.9.9';
    }
    OtherCopy.define('sehat-test-first');
    expect(customElements.get('sehat-test-first')).toBe(First);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/sehat-test-first.*9\.9\.9/);
  });

  it('emits events that bubble out of the shadow root and reports a veto of a cancelable one', async () => {
    const el = await mount<First>(html`<sehat-test-first></sehat-test-first>`);
    const seen: Event[] = [];
    document.body.addEventListener('sehat-test', (e) => seen.push(e), { once: true });
    expect(el.emit(new CustomEvent('sehat-test', { bubbles: true, composed: true }))).toBe(true);
    expect(seen).toHaveLength(1);
    el.addEventListener('sehat-veto', (e) => e.preventDefault(), { once: true });
    expect(el.emit(new CustomEvent('sehat-veto', { cancelable: true }))).toBe(false);
  });
});
