import { expect, test } from '@playwright/test';
import { artifact } from './artifacts';

test('front desk creates a customer in Chinese and finds them by the last 4 phone digits', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible();

  // Alt+N from anywhere opens the new-customer form.
  await page.keyboard.press('Alt+n');
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('姓名').fill('欧阳娜娜');
  await dialog.getByLabel('电话', { exact: true }).fill('139 0000 7315');
  await dialog.getByLabel('地址').fill('广州市天河区体育西路 88 号');
  await dialog.getByRole('checkbox', { name: /同意接收联系/ }).check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();

  await expect(page.getByRole('heading', { name: '欧阳娜娜' })).toBeVisible();
  await expect(page.getByText('139 0000 7315')).toBeVisible();
  await expect(page.getByText('已新建客户 欧阳娜娜')).toBeVisible();

  // Back on the home screen, Ctrl+K and the last 4 digits find her; Enter opens her page.
  await page.goto('/#/');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: '全局搜索' });
  await expect(search).toBeFocused();
  await search.fill('7315');
  // Screen readers hear "name · phone · matched by"; sighted staff see the same row.
  await expect(page.getByRole('option', { name: '欧阳娜娜 · 139 0000 7315 · 电话尾号' })).toHaveCount(1);
  await expect(page.locator('.ant-select-dropdown').getByText('欧阳娜娜')).toBeVisible();
  await page.waitForTimeout(400); // let the dropdown's opening animation finish for the screenshot
  await page.screenshot({ path: artifact('customer-search-by-phone-tail.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '欧阳娜娜' })).toBeVisible();
  await expect(page.getByText('广州市天河区体育西路 88 号')).toBeVisible();
  await page.screenshot({ path: artifact('customer-detail.png') });
});

test('the customer list filters by a two-character Chinese name and by a traditional spelling', async ({ page }) => {
  await page.goto('/#/customers');
  const table = page.getByRole('table', { name: '客户' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const filter = page.getByRole('textbox', { name: '按姓名、电话或尾号后 4 位筛选' });

  await filter.fill('家豪');
  await expect(table.getByText('林家豪')).toBeVisible();
  await expect(page.getByText('共 1 位')).toBeVisible();

  // The demo shop has 陈大文 (simplified) and 陳小明 (traditional): 陳 finds both.
  await filter.fill('陳');
  await expect(table.getByText('陈大文')).toBeVisible();
  await expect(table.getByText('陳小明')).toBeVisible();
  await page.screenshot({ path: artifact('customer-list-filter.png') });
});

test('a duplicate phone number is caught before saving', async ({ page }) => {
  await page.goto('/#/customers?new=1');
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await dialog.getByLabel('姓名').fill('陈太太');
  await dialog.getByLabel('电话', { exact: true }).fill('13800138000');
  await expect(dialog.getByText(/已被 陈大文 使用/)).toBeVisible();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('138 0013 8000 已登记在：陈大文。是否为同一人？可以打开已有客户，或仍然保存。')).toBeVisible();
  await page.screenshot({ path: artifact('customer-duplicate-phone.png') });
  await page
    .getByRole('button', { name: /取\s*消/ })
    .last()
    .click();
  await expect(dialog).toBeVisible();
});

test('the display language switches to traditional Chinese and English and is remembered', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  // Confirmed in the language just chosen, not the one left.
  await expect(page.getByText('語言已切換')).toBeVisible();
  await page.screenshot({ path: artifact('settings-zh-Hant.png') });
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.screenshot({ path: artifact('settings-en.png') });
  // Back to following the system (zh-CN in this browser) for the other tests.
  await page.getByRole('radio', { name: /Same as the system/ }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
});
