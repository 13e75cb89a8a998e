import { useEffect, useEffectEvent } from 'react';

export interface Hotkey {
  key: string;
  ctrlOrMeta?: boolean;
  alt?: boolean;
  shift?: boolean;
}

/** True when the event is exactly this combination (Ctrl on Windows/Linux, ⌘ on macOS). */
export function matchesHotkey(event: KeyboardEvent, hotkey: Hotkey): boolean {
  return (
    event.key.toLowerCase() === hotkey.key.toLowerCase() &&
    (event.ctrlKey || event.metaKey) === !!hotkey.ctrlOrMeta &&
    event.altKey === !!hotkey.alt &&
    event.shiftKey === !!hotkey.shift
  );
}

/** A window-wide keyboard shortcut. The handler may change between renders. */
export function useHotkey(hotkey: Hotkey | Hotkey[], handler: (event: KeyboardEvent) => void): void {
  const onMatch = useEffectEvent(handler);
  const keys = Array.isArray(hotkey) ? hotkey : [hotkey];
  const signature = JSON.stringify(keys);
  useEffect(() => {
    const list = JSON.parse(signature) as Hotkey[];
    const onKey = (event: KeyboardEvent) => {
      if (list.some((k) => matchesHotkey(event, k))) {
        event.preventDefault();
        onMatch(event);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [signature]);
}
