import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The backend's layout is held by lint rules (eslint.config.js): a handler file is the map of
 * one contract namespace and imports no other handler file; use cases never import the maps.
 * These cases lint a snippet as if it sat at that path, so the rules are seen to fire.
 */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('backend import boundaries', () => {
  it.each([
    [
      'a handler file importing a sibling',
      'electron/backend/handlers/receipts.ts',
      "import { paymentHandlers } from './payments';",
    ],
    [
      'a handler file importing through ../handlers',
      'electron/backend/handlers/receipts.ts',
      "import { x } from '../handlers/payments';",
    ],
    [
      'a use case importing a handler file',
      'electron/backend/use-cases/take-payment.ts',
      "import { x } from '../handlers/tickets';",
    ],
    ['a guard importing the handler index', 'electron/backend/guards.ts', "import { handlers } from './handlers';"],
    ['a handler file importing electron', 'electron/backend/handlers/app.ts', "import { app } from 'electron';"],
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport const used = 1;\n`)).toHaveLength(1);
  });

  it.each([
    [
      'a handler file importing a use case and a guard',
      'electron/backend/handlers/receipts.ts',
      "import { x } from '../use-cases/receipt-corrections';\nimport { y } from '../guards';",
    ],
    ['the handler index importing the maps', 'electron/backend/handlers/index.ts', "import { x } from './payments';"],
    ['the core wiring importing the handler index', 'electron/backend/core.ts', "import { handlers } from './handlers';"],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
