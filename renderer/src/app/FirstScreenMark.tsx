import { useEffect } from 'react';

/**
 * Marks the moment the first real screen (settings loaded, shell and route drawn) is painted.
 * `npm run bench` reads it from Chromium: performance.getEntriesByName('rc:first-screen').
 * Rendered inside the pages' Suspense boundary (AppShell), so a page still loading its code
 * does not count as drawn.
 */
export function FirstScreenMark() {
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      if (performance.getEntriesByName('rc:first-screen').length === 0) performance.mark('rc:first-screen');
    });
    return () => cancelAnimationFrame(id);
  }, []);
  return null;
}
