import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// antd in jsdom is slow on a 2-core machine; give screens time to appear.
configure({ asyncUtilTimeout: 8000 });

// jsdom lacks these browser APIs that antd and TanStack Virtual use.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// Elements have no layout in jsdom; give scroll containers a size so virtual lists render rows.
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: { configurable: true, get: () => 600 },
  offsetWidth: { configurable: true, get: () => 1000 },
  clientHeight: { configurable: true, get: () => 600 },
  clientWidth: { configurable: true, get: () => 1000 },
});
Element.prototype.scrollTo = function scrollTo() {};
window.scrollTo = () => {};

Object.defineProperty(navigator, 'languages', { configurable: true, value: ['zh-CN', 'zh'] });

afterEach(() => cleanup());

// The app loads the strings of the language it shows, one language at a time, before showing it
// (renderer/src/i18n/messages.ts, App.tsx); tests render screens directly, in any language.
const { loadLanguage } = await import('../../renderer/src/i18n/i18n');
await Promise.all((['zh-Hans', 'zh-Hant', 'en'] as const).map((language) => loadLanguage(language)));
