import type { PhoneLabel } from '../../shared/schemas/customer';
import { Weighted, type Random } from './random';

/** Where a customer is from decides the script of the name and the shape of the phone number. */
export type Region = 'mainland' | 'hk' | 'tw' | 'uk' | 'us';

const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 ' +
  '166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199'
).split(' ');
/** Mainland area codes with the local number length. */
const AREA_CODES: readonly (readonly [string, number])[] = [
  ['010', 8],
  ['021', 8],
  ['020', 8],
  ['0755', 8],
  ['022', 8],
  ['023', 8],
  ['028', 8],
  ['027', 8],
  ['0571', 8],
  ['025', 8],
  ['029', 8],
  ['0512', 8],
  ['0769', 8],
  ['0757', 8],
  ['0371', 8],
  ['0898', 7],
];
const US_AREA = ['212', '415', '646', '917', '213', '310', '604', '416', '206', '617'];

const mobilePrefixes = Weighted.zipf(MOBILE_PREFIXES, 10);

/** A number as staff would type it, with the grouping habits of its region. */
export function mobileNumber(rng: Random, region: Region): string {
  switch (region) {
    case 'mainland': {
      const p = mobilePrefixes.draw(rng);
      const a = rng.digits(4);
      const b = rng.digits(4);
      const style = rng.float();
      if (style < 0.5) return `${p}${a}${b}`;
      if (style < 0.8) return `${p} ${a} ${b}`;
      if (style < 0.9) return `${p}-${a}-${b}`;
      return `+86 ${p} ${a} ${b}`;
    }
    case 'hk': {
      const n = rng.pick(['5', '6', '9', '9', '9', '6']) + rng.digits(7);
      const style = rng.float();
      if (style < 0.55) return `${n.slice(0, 4)} ${n.slice(4)}`;
      if (style < 0.85) return n;
      return `+852 ${n.slice(0, 4)} ${n.slice(4)}`;
    }
    case 'tw': {
      const n = `09${rng.digits(2)}${rng.digits(6)}`;
      const style = rng.float();
      if (style < 0.4) return n;
      if (style < 0.7) return `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}`;
      if (style < 0.9) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
      return `+886 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
    }
    case 'uk':
      return `+44 7${rng.digits(3)} ${rng.digits(6)}`;
    case 'us': {
      const area = rng.pick(US_AREA);
      const n = `${rng.int(2, 9)}${rng.digits(2)}`;
      const last = rng.digits(4);
      return rng.chance(0.5) ? `+1 ${area}-${n}-${last}` : `+1 (${area}) ${n} ${last}`;
    }
  }
}

/** A landline (home / work): mainland with area code, Hong Kong 2xxx/3xxx, Taiwan (02) xxxx xxxx. */
export function landlineNumber(rng: Random, region: Region): string {
  switch (region) {
    case 'mainland': {
      const [code, len] = rng.pick(AREA_CODES);
      const local = String(rng.int(2, 8)) + rng.digits(len - 1);
      const half = len - 4;
      return rng.chance(0.6) ? `${code}-${local}` : `${code} ${local.slice(0, half)} ${local.slice(half)}`;
    }
    case 'hk': {
      const n = rng.pick(['2', '3']) + rng.digits(7);
      return `${n.slice(0, 4)} ${n.slice(4)}`;
    }
    case 'tw': {
      const n = String(rng.int(2, 8)) + rng.digits(7);
      return `(02) ${n.slice(0, 4)} ${n.slice(4)}`;
    }
    case 'uk':
      return `+44 20 ${rng.int(3, 8)}${rng.digits(3)} ${rng.digits(4)}`;
    case 'us':
      return mobileNumber(rng, 'us');
  }
}

export interface GeneratedPhone {
  number: string;
  label: PhoneLabel;
}

/** A second number: its label, and how to draw one (drawn again if it is already taken). */
export function secondPhone(rng: Random, region: Region): { label: PhoneLabel; make: () => string } {
  const roll = rng.float();
  if (roll < 0.45) return { label: 'home', make: () => landlineNumber(rng, region) };
  if (roll < 0.8) return { label: 'work', make: () => landlineNumber(rng, region) };
  return { label: roll < 0.95 ? 'mobile' : 'other', make: () => mobileNumber(rng, region) };
}
