import { useEffect } from 'react';

/**
 * Marks the moment the first real screen (settings loaded, shell and route drawn) is painted.
 * `npm run bench` reads it from Chromium: performance.getEntriesByName('rc:first-screen').
 * Rendered inside the pages' Suspense boundary (AppShell), so a page still loading its code
 * does not count as drawn. requestAnimationFrame runs before the frame's style, layout and paint;
 * a message posted from it is handled after that frame is painted, which is when the mark is set.
 */
export function FirstScreenMark() {
  useEffect(() => {
    let cancelled = false;
    const id = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (!cancelled && performance.getEntriesByName('rc:first-screen').length === 0) performance.mark('rc:first-screen');
      };
      channel.port2.postMessage(null);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(id);
    };
  }, []);
  return null;
}
