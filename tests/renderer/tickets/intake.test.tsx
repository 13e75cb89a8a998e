import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppWith } from '../harness';
import { call, intake, move, must, shop } from '../../electron/tickets/fixtures';
import { count } from '../../electron/warranty/fixtures';

/** Picks an option of an antd Select by its visible text. */
async function choose(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, text: string) {
  await user.click(select);
  // Long lists are virtual: type to bring the option into the rendered part.
  await user.keyboard(text);
  const options = await screen.findAllByTitle(text);
  await user.click(options.at(-1)!);
}

async function counter(core: Parameters<typeof shop>[0]) {
  const s = await shop(core);
  must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
  return s;
}

describe('the intake screen', () => {
  it('a scanner’s Enter after the serial looks it up and never submits the form', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/new', counter);
    const serial = await screen.findByRole('searchbox', { name: '序列号' });
    await user.click(serial);
    await user.keyboard('SN123{Enter}');
    expect(await screen.findByText('未找到序列号为“SN123”的产品。')).toBeInTheDocument();
    expect(count(core, 'tickets')).toBe(0);
    expect(screen.getByRole('heading', { name: '新建维修单' })).toBeInTheDocument();

    // The laser's serial, scanned: the device and its owner are filled in, the cursor moves to the fault.
    await user.clear(serial);
    await user.keyboard('LX2025-00123{Enter}');
    const chosen = await screen.findByRole('status', { name: '设备' });
    expect(chosen).toHaveTextContent('光子医疗 LX-2000 激光治疗仪');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /故障描述/ })).toHaveFocus());
    await user.keyboard('无激光输出');
    // Everything a ticket needs is there now: a second scan's Enter must still only look up.
    await user.click(serial);
    await user.keyboard('SN123{Enter}');
    expect(await screen.findByText('未找到序列号为“SN123”的产品。')).toBeInTheDocument();
    // Proving that nothing happens needs a moment for a save that should not be under way.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(count(core, 'tickets')).toBe(0);
    expect(screen.getByRole('heading', { name: '新建维修单' })).toBeInTheDocument();
  });

  it('takes a repair in: live warranty answer, checklists, save, then the ticket page with its intake ticket', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/new', counter);
    const serial = await screen.findByRole('searchbox', { name: '序列号' });
    await user.click(serial);
    await user.keyboard('00123{Enter}');
    await screen.findByRole('status', { name: '设备' });
    await user.type(screen.getByRole('textbox', { name: /故障描述/ }), '无激光输出');

    const fault1 = screen.getByRole('group', { name: '故障 1' });
    await choose(user, within(fault1).getByRole('combobox', { name: '部件 1' }), '激光器');
    await choose(user, within(fault1).getByRole('combobox', { name: '故障现象 1' }), '无输出或输出不足');
    expect(await within(fault1).findByText('免费')).toBeInTheDocument();
    // An exclusion found at the counter turns it paid at once.
    await user.click(within(fault1).getByRole('checkbox', { name: '进水或受潮' }));
    expect(await within(fault1).findByText('收费')).toBeInTheDocument();
    await user.click(within(fault1).getByRole('checkbox', { name: '进水或受潮' }));
    expect(await within(fault1).findByText('免费')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '脚踏开关' }));
    await user.click(screen.getByRole('checkbox', { name: '划痕' }));
    await user.type(screen.getByLabelText('设备密码'), '2580');
    await user.click(screen.getByRole('button', { name: /保存并打印维修申请单/ }));

    expect(await screen.findByRole('heading', { name: '维修单 R2026-000001' })).toBeInTheDocument();
    // The intake ticket's print preview opens at once (antd's dialog names are not wired in jsdom).
    expect(await screen.findByRole('dialog')).toHaveTextContent('打印预览 · 维修申请单 · R2026-000001');
    const saved = must(await call(core, 'tickets.get', { id: 1 }));
    expect(saved).toMatchObject({
      inWarranty: true,
      faults: [{ component: 'laser', fault: 'weak_output', findings: [] }],
      accessories: ['foot_switch'],
      condition: ['scratches'],
      passcode: '2580',
      intakeStaffName: '王芳',
    });
  });

  it('says what is missing instead of saving half a ticket', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/new', counter);
    await user.click(await screen.findByRole('button', { name: /保存并打印维修申请单/ }));
    expect(await screen.findByText('请选择产品')).toBeInTheDocument();
    expect(screen.getByText('请选择客户')).toBeInTheDocument();
    expect(screen.getByText('必填')).toBeInTheDocument();
    expect(count(core, 'tickets')).toBe(0);
  });

  it('warns at intake that the scanned device has an open ticket, links it, and makes a second one only deliberately', async () => {
    const user = userEvent.setup();
    const { core, data } = await renderAppWith('/tickets/new', async (c) => {
      const s = await counter(c);
      const open = await intake(s);
      await move(s, open.id, 'diagnosing');
      return open;
    });
    const serial = await screen.findByRole('searchbox', { name: '序列号' });
    await user.click(serial);
    await user.keyboard('LX2025-00123{Enter}');
    await screen.findByRole('status', { name: '设备' });
    const link = await screen.findByRole('link', { name: data.ticketNo });
    expect(link).toHaveAttribute('href', `#/tickets/${data.id}`);
    expect(screen.getByText('此设备已有未完成的维修单：')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /故障描述/ }), '脚踏开关失灵');

    await user.click(screen.getByRole('button', { name: /保存并打印维修申请单/ }));
    expect(await screen.findByText('请先查看未完成的维修单，或勾选“仍要新建”。')).toBeInTheDocument();
    expect(count(core, 'tickets')).toBe(1);

    await user.click(screen.getByRole('checkbox', { name: /仍要新建/ }));
    await user.click(screen.getByRole('button', { name: /保存并打印维修申请单/ }));
    expect(await screen.findByRole('heading', { name: '维修单 R2026-000002' })).toBeInTheDocument();
    expect(count(core, 'tickets')).toBe(2);
  });
});
