import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderAppWith } from '../harness';
import { call, intake, must, shop } from '../../electron/tickets/fixtures';

describe('the warranty reasons on the ticket page', () => {
  it('are shown in the language of the screen, not the language they were recorded in', async () => {
    await renderAppWith('/tickets/1', async (core) => {
      const s = await shop(core);
      must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
      // Recorded at intake in the shop's form language, simplified Chinese…
      const t = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output', findings: [] }] });
      expect(t.assessments[0]!.language).toBe('zh-Hans');
      // …then the counter switches its screen to English.
      must(await call(core, 'settings.setLanguage', { language: 'en' }));
      return t;
    });
    const section = await screen.findByLabelText('At intake', {}, { timeout: 5000 });
    const reasons = within(section).getAllByRole('listitem')[0]!;
    expect(reasons).toHaveTextContent(/Laser/);
    expect(reasons).not.toHaveTextContent(/激光器/);
    // What the customer was told stays on file, in its own language.
    expect(within(section).getByText('As told to the customer (简体中文)')).toBeInTheDocument();
  });
});
