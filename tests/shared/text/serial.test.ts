import { describe, expect, it } from 'vitest';
import { cleanSerial, foldSerial, reverseText } from '../../../shared/text/serial';

describe('foldSerial: the form serials are matched in', () => {
  it.each([
    ['SN-2025 0001', 'SN20250001'],
    ['sn20250001', 'SN20250001'],
    ['ＳＮ２０２５０００１', 'SN20250001'],
    ['sn_2025.0001/a', 'SN20250001A'],
    ['F2L\u00a0XK0\u3000ABCD12', 'F2LXK0ABCD12'],
    ['', ''],
  ])('%s → %s', (raw, folded) => {
    expect(foldSerial(raw)).toBe(folded);
  });
});

describe('cleanSerial: the form serials are stored and printed in', () => {
  it.each([
    ['  SN-2025   0001 ', 'SN-2025 0001'],
    ['ＳＮ－２０２５', 'SN-2025'],
    ['sn20250001', 'sn20250001'],
    ['\tA\u3000B\n', 'A B'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanSerial(raw)).toBe(clean);
  });
});

describe('reverseText', () => {
  it.each([
    ['ABC123', '321CBA'],
    ['', ''],
    ['荃灣𠝹街', '街𠝹灣荃'],
  ])('%s → %s', (text, reversed) => {
    expect(reverseText(text)).toBe(reversed);
  });
});
