/*
 * The first screen needs the settings (language, shop name) and the app's code. main.tsx asks for
 * the settings before it starts loading the code, so the two happen at the same time instead of
 * one after the other. Nothing heavy is imported here: this module is in the smallest chunk.
 */

let early: ReturnType<Window['api']['settings']['get']> | null = null;

export function requestSettingsEarly(): void {
  early = window.api.settings.get({});
}

/** The early reply, handed out once: a retry after an error asks again. */
export function takeEarlySettings(): ReturnType<Window['api']['settings']['get']> | null {
  const reply = early;
  early = null;
  return reply;
}
