import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots kept after the run (CI uploads test-results/); look at them. */
export const ARTIFACTS = join('test-results', 'artifacts');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
