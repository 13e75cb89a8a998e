import { expect, test, type Page } from '@playwright/test';
import { artifact } from './artifacts';

async function addCustomer(page: Page, name: string, phone: string) {
  await page.goto('/#/customers?new=1');
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('电话', { exact: true }).fill(phone);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function findCustomer(page: Page, name: string) {
  await page.goto('/#/customers');
  await page.getByRole('textbox', { name: '按姓名、电话或尾号后 4 位筛选' }).fill(name);
}

test('the owner backs up, keeps working, then restores the backup and sees the older records', async ({ page }) => {
  test.setTimeout(180_000); // two saves, two backups and a reload, on a busy CI machine
  await addCustomer(page, '备份前的客户', '13600007001');

  await page.goto('/#/settings');
  const card = page.locator('.ant-card').filter({ has: page.getByText('最新的完好备份') });
  await card.getByRole('button', { name: /立即备份/ }).click();
  await expect(page.getByText(/备份已完成并通过检查/)).toBeVisible();
  await expect(card.getByText(/大小: /)).toBeVisible();

  await addCustomer(page, '备份后的客户', '13600007002');

  await page.goto('/#/settings');
  await card.getByRole('button', { name: /恢复备份/ }).click();
  const dialog = page.getByRole('dialog', { name: '恢复备份' });
  // The newest backup is the one just made: it holds the first customer, not the second.
  await dialog.getByRole('radio').first().check();
  await expect(dialog.getByText(/的备份包含/)).toBeVisible();
  await expect(dialog.getByText('最后一张收据号')).toBeVisible();
  await page.screenshot({ path: artifact('restore-dialog.png') });
  await dialog.getByRole('button', { name: '恢复这份备份' }).click();
  await expect(page.getByText(/已恢复 .* 的备份/)).toBeVisible();
  // The app reloads on the restored records (the dialog goes with the old page).
  await expect(dialog).toBeHidden();

  await findCustomer(page, '备份前的客户');
  const table = page.getByRole('table', { name: '客户' });
  await expect(table.getByText('备份前的客户')).toBeVisible();
  await findCustomer(page, '备份后的客户');
  await expect(page.getByText('共 0 位')).toBeVisible();
  await page.screenshot({ path: artifact('restore-after.png') });
});
