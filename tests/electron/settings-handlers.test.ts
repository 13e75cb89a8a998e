import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers';

const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const shop = {
  name: '诚信电器维修中心',
  address: '深圳市福田区华强北路 1 号',
  phone: '0755-8888 6666',
  email: '',
  taxId: '91440300MA5F000000',
  defaultLanguage: 'zh-Hans',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
};

describe('settings handlers', () => {
  it('a new shop gets defaults from the system language and is marked not configured', async () => {
    const core = testCore();
    const r = await core.dispatch('settings.get', {});
    expect(r).toMatchObject({
      ok: true,
      value: {
        shopConfigured: false,
        shop: { name: '我的维修店', defaultLanguage: 'zh-Hans', timeZone: 'Asia/Shanghai', currency: 'CNY' },
        logo: null,
        ui: { language: null },
      },
    });
  });

  it('saves the shop profile, trimmed, and reports changes', async () => {
    const core = testCore();
    let notified = 0;
    core.context.onSettingsChanged = () => notified++;
    const r = await core.dispatch('settings.updateShop', { ...shop, name: '  诚信电器维修中心  ' });
    expect(r).toMatchObject({ ok: true, value: { shopConfigured: true, shop: { ...shop } } });
    expect(notified).toBe(1);
  });

  it.each([
    [{ name: '' }, 'name', 'validation.required'],
    [{ timeZone: 'Asia/Atlantis' }, 'timeZone', 'validation.timeZone'],
    [{ taxId: '税号 123' }, 'taxId', 'validation.taxId'],
    [{ email: 'not-an-email' }, 'email', 'validation.email'],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage', 'validation.invalidChoice'],
    [{ currency: 'BTC' }, 'currency', 'validation.invalidChoice'],
    [{ name: 'x'.repeat(81) }, 'name', 'validation.tooLong?max=80'],
  ])('refuses %j and keeps the saved profile', async (patch, field, message) => {
    const core = testCore();
    await core.dispatch('settings.updateShop', shop);
    const r = await core.dispatch('settings.updateShop', { ...shop, ...patch });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: [field], message }] } });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { shop } });
  });

  it('accepts a real PNG logo and refuses a file that only claims to be one', async () => {
    const core = testCore();
    expect(await core.dispatch('settings.setLogo', { dataUrl: PNG_1x1 })).toMatchObject({ ok: true, value: { logo: PNG_1x1 } });
    const fake = 'data:image/png;base64,' + Buffer.from('GIF89a not a png at all').toString('base64');
    expect(await core.dispatch('settings.setLogo', { dataUrl: fake })).toMatchObject({
      ok: false,
      error: { code: 'logo_invalid' },
    });
    expect(await core.dispatch('settings.setLogo', { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ message: 'validation.logoType' }] },
    });
    const huge = 'data:image/png;base64,' + 'A'.repeat(800_000);
    expect(await core.dispatch('settings.setLogo', { dataUrl: huge })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { logo: PNG_1x1 } });
    expect(await core.dispatch('settings.setLogo', { dataUrl: null })).toMatchObject({ ok: true, value: { logo: null } });
  });

  it('remembers the display language, and null means follow the system', async () => {
    const core = testCore();
    expect(await core.dispatch('settings.setLanguage', { language: 'zh-Hant' })).toMatchObject({
      ok: true,
      value: { ui: { language: 'zh-Hant' } },
    });
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { ui: { language: 'zh-Hant' } } });
    expect(await core.dispatch('settings.setLanguage', { language: 'de' })).toMatchObject({ ok: false });
    expect(await core.dispatch('settings.setLanguage', { language: null })).toMatchObject({
      ok: true,
      value: { ui: { language: null } },
    });
  });

  it('a damaged stored value falls back to defaults instead of breaking the app', async () => {
    const core = testCore();
    core.context.db.$client
      .prepare(`INSERT INTO settings(key, value, updated_at) VALUES ('shop.profile', '{broken json', 1)`)
      .run();
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { shopConfigured: false } });
    // The damaged value stays until the user saves again: nothing is silently discarded.
    expect(core.context.db.$client.prepare(`SELECT value FROM settings WHERE key = 'shop.profile'`).pluck().get()).toBe(
      '{broken json',
    );
  });
});
