// The intake ticket of issue 20 and issue 18 defect 3, printed through tickets.print and read
// back as text in all three languages: the third intake of the same fault states the customer's
// right to an exchange or a return with the earlier tickets cited; an exclusion found while the
// period runs is not printed as "out of warranty". PDF_PREVIEW_DIR keeps the PDFs and PNGs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { Language } from '../../../shared/i18n/languages';
import type { TicketFaultInput } from '../../../shared/schemas/ticket';
import { pageToPng, pdfFonts, pdfText } from '../pdf/tools';
import { pdfOutputDir } from '../pdf/output-dir';
import { call, intake, must, noon, repairAndCollect, shop, type Shop } from '../tickets/fixtures';

const dir = pdfOutputDir('rc-repeat-');

const WEAK_LASER: TicketFaultInput[] = [{ component: 'laser', fault: 'weak_output', findings: [] }];
/** Line breaks fall anywhere in Chinese: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function print(s: Shop, id: number, language: Language, name: string) {
  const doc = must(await call(s.core, 'tickets.print', { id, form: 'intake', format: 'A4', language }));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(doc.base64, 'base64'));
  for (const font of pdfFonts(file)) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  pageToPng(file, 1, join(dir, name));
  return squash(pdfText(file, undefined, 'raw'));
}

/** The laser (accepted 2025-03-01, laser covered until 2027-03-01) repaired twice for a weak output. */
async function thirdVisit() {
  const s = await shop(testCore());
  const first = await repairAndCollect(s, '2026-04-01', WEAK_LASER);
  const second = await repairAndCollect(s, '2026-06-01', WEAK_LASER);
  s.core.clock.now = noon('2026-08-01');
  const third = await intake(s, { faults: WEAK_LASER });
  const wet = await intake(s, { faults: [{ ...WEAK_LASER[0]!, findings: ['water_damage'] }], allowOpenTicket: true });
  return { s, first: first.ticketNo, second: second.ticketNo, third, wet };
}

const expected: Record<Language, (a: string, b: string) => { repeat: string[]; excluded: string[]; never: string[] }> = {
  'zh-Hans': (a, b) => ({
    repeat: [
      '保修期内：本次维修免费。',
      `激光器：该故障已在保修期内维修 2 次（${a} 2026-04-01，${b} 2026-06-01），您可选择换货或退货`,
      '换货为同型号、同规格的产品',
      '退货退还全部货款',
    ],
    excluded: [
      '不属免费保修：检测发现除外情形（见下），保修期仍至 2027-03-01 有效。',
      '激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2027-03-01 有效',
      '本政策不提供退换货，仅可维修',
    ],
    never: ['保修期外'],
  }),
  'zh-Hant': (a, b) => ({
    repeat: [
      '保修期內：本次維修免費。',
      `雷射器：該故障已在保修期內維修 2 次（${a} 2026-04-01，${b} 2026-06-01），您可選擇換貨或退貨`,
      '換貨為同型號、同規格的產品',
      '退貨退還全部貨款',
    ],
    excluded: [
      '不屬免費保修：檢測發現除外情形（見下），保修期仍至 2027-03-01 有效。',
      '雷射器：本次故障不屬免費保修——檢測發現進水或受潮；保修期仍至 2027-03-01 有效',
    ],
    never: ['保修期外'],
  }),
  en: (a, b) => ({
    repeat: [
      'In warranty: the repair is free of charge.',
      `Laser: this fault has been repaired 2 times under warranty (${a} of 2026-04-01, ${b} of 2026-06-01); you may choose an exchange or a return.`,
      'An exchange is for the same model and specification.',
      'A return refunds the full price paid.',
    ],
    excluded: [
      'Not covered: an exclusion was found at inspection (see below); the warranty itself still runs until 2027-03-01.',
      'Laser: this fault is not covered — water or moisture damage found at inspection; the warranty itself still runs until 2027-03-01.',
    ],
    never: ['Out of warranty'],
  }),
};

describe('the intake ticket of a repeated failure and of an exclusion (issues 20 and 18)', () => {
  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('in %s', async (language) => {
    const { s, first, second, third, wet } = await thirdVisit();
    const want = expected[language](first, second);
    const repeat = await print(s, third.id, language, `intake-repeat-${language}`);
    for (const text of want.repeat) expect(repeat, text).toContain(squash(text));
    const excluded = await print(s, wet.id, language, `intake-excluded-${language}`);
    for (const text of want.excluded) expect(excluded, text).toContain(squash(text));
    for (const text of want.never) expect(excluded, text).not.toContain(squash(text));
  });
});
