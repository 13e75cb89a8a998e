import type { CustomerFields } from '../../shared/schemas/customer';
import { phoneDigits } from '../../shared/text/phone';
import { chineseName, cantoneseName, englishName, type GeneratedName, type Surname } from './names';
import { mobileNumber, landlineNumber, secondPhone, type GeneratedPhone, type Region } from './phones';
import { address, email, note } from './places';
import { Random, Weighted } from './random';

/** One generated customer: the fields as the API would receive them, and when they were created. */
export interface SeedCustomer {
  fields: CustomerFields;
  createdAt: number;
}

export interface CustomerGenOptions {
  count: number;
  seed: number;
  /** created_at runs from `start` to `end` (ms since the epoch), oldest first, like real ids. */
  start: number;
  end: number;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** Fixed, so the same seed gives the same rows whatever day the seed runs. */
export const DEFAULT_END = Date.UTC(2025, 11, 31, 10, 0, 0);
export const DEFAULT_START = Math.round(DEFAULT_END - 10 * YEAR_MS);

const regions = new Weighted<Region>(['mainland', 'hk', 'tw', 'uk', 'us'], [70, 15, 10, 3, 2]);

/** Share of customers who reuse the phone of a recent customer with the same surname (a family). */
const FAMILY_SHARE = 0.015;
const RECENT = 2000;

interface Recent {
  region: Region;
  surname: Surname;
  phone: GeneratedPhone;
}

function nameFor(rng: Random, region: Region): GeneratedName {
  const roll = rng.float();
  switch (region) {
    case 'mainland':
      return roll < 0.98 ? chineseName(rng, 'simplified') : englishName(rng);
    case 'hk':
      if (roll < 0.62) return chineseName(rng, 'traditional');
      return roll < 0.97 ? cantoneseName(rng) : englishName(rng);
    case 'tw':
      return roll < 0.92 ? chineseName(rng, 'traditional') : englishName(rng);
    case 'uk':
    case 'us':
      if (roll < 0.85) return englishName(rng);
      return roll < 0.95 ? cantoneseName(rng) : chineseName(rng, 'traditional');
  }
}

/** Generates customers one at a time (constant memory apart from the phone set). */
export function* generateCustomers(options: CustomerGenOptions): Generator<SeedCustomer> {
  const rng = new Random(options.seed, 'customers');
  const usedPhones = new Set<string>();
  const recent: Recent[] = [];
  const span = options.end - options.start;

  const freshPhone = (make: () => string): string => {
    for (;;) {
      const number = make();
      const digits = phoneDigits(number);
      if (!usedPhones.has(digits)) {
        usedPhones.add(digits);
        return number;
      }
    }
  };

  for (let i = 0; i < options.count; i++) {
    const x = (i + rng.float()) / options.count;
    const createdAt = options.start + Math.floor(span * Math.pow(x, 0.8));

    const family = recent.length > 0 && rng.chance(FAMILY_SHARE) ? rng.pick(recent) : undefined;
    const region = family?.region ?? regions.draw(rng);
    const generated = family
      ? chineseName(rng, region === 'mainland' ? 'simplified' : 'traditional', family.surname)
      : nameFor(rng, region);

    const phones: GeneratedPhone[] = [];
    if (family) phones.push(family.phone);
    else if (rng.chance(0.95)) phones.push({ number: freshPhone(() => mobileNumber(rng, region)), label: 'mobile' });
    else phones.push({ number: freshPhone(() => landlineNumber(rng, region)), label: 'home' });
    const extra = rng.float();
    if (extra < 0.13) {
      const second = secondPhone(rng, region);
      phones.push({ number: freshPhone(second.make), label: second.label });
    }
    if (extra < 0.01) phones.push({ number: freshPhone(() => mobileNumber(rng, region)), label: 'other' });

    const fields: CustomerFields = {
      name: generated.name,
      phones,
      email: rng.chance(region === 'uk' || region === 'us' ? 0.7 : 0.33) ? email(rng, region, generated.handle) : '',
      address: rng.chance(0.55) ? address(rng, region) : '',
      notes: rng.chance(0.15) ? note(rng) : '',
      consentToContact: rng.chance(0.55),
    };

    if (generated.surname && phones[0]) {
      const entry: Recent = { region, surname: generated.surname, phone: phones[0] };
      if (recent.length < RECENT) recent.push(entry);
      else recent[i % RECENT] = entry;
    }
    yield { fields, createdAt };
  }
}
