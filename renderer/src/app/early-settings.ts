/*
 * The first screen needs the settings (language, shop name) and the app's code. main.tsx asks for
 * the settings before it starts loading the code, so the two happen at the same time instead of
 * one after the other. Nothing heavy is imported here: this module is in the smallest chunk.
 */

import type { Settings } from '@shared/schemas/settings';

type Reply = ReturnType<Window['api']['settings']['get']>;

let early: Reply | null = null;
let arrived: Settings | null = null;

/** Asks for the settings; settles (never rejects) when the reply is there. */
export function requestSettingsEarly(): Promise<void> {
  const reply = window.api.settings.get({});
  early = reply;
  return reply.then(
    (result) => {
      if (result.ok && early === reply) arrived = result.value;
    },
    () => {},
  );
}

/** The early reply, handed out once: a retry after an error asks again. */
export function takeEarlySettings(): Reply | null {
  const reply = early;
  early = null;
  arrived = null;
  return reply;
}

/** The settings, if the early reply has already arrived and is not an error (not handed out). */
export function arrivedSettings(): Settings | undefined {
  return arrived ?? undefined;
}

/**
 * The settings, if the early reply has already arrived and is not an error, handed out once: the
 * first render then draws the app with them instead of a loading state.
 */
export function takeArrivedSettings(): Settings | undefined {
  const settings = arrived;
  if (settings) takeEarlySettings();
  return settings ?? undefined;
}
