import { afterEach, describe, expect, it } from 'vitest';
import { systemLanguage } from '../../renderer/src/i18n/i18n';

afterEach(() => document.head.querySelector('meta[name="repair-counter-language"]')?.remove());

describe('the system language the app starts in', () => {
  it('is the one the preview page names (npm run preview -- --lang), not the browser’s', () => {
    const meta = document.createElement('meta');
    meta.name = 'repair-counter-language';
    meta.content = 'zh-Hant';
    document.head.append(meta);
    expect(navigator.languages).not.toContain('zh-TW');
    expect(systemLanguage()).toBe('zh-Hant');
  });

  it('is the browser’s without it, or with a name that is no language', () => {
    const browser = systemLanguage();
    const meta = document.createElement('meta');
    meta.name = 'repair-counter-language';
    meta.content = 'fr';
    document.head.append(meta);
    expect(systemLanguage()).toBe(browser);
  });
});
