import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { getPolicy, listPolicies } from '../../db/queries/policies';
import { CONSUMER_ELECTRONICS_POLICY, MEDICAL_LASER_POLICY } from '../../shared/warranty';
import { MIGRATIONS } from '../helpers';
import { shopBefore } from './migrations';

/** A policy as an older version of the app stored it: without the repeated-failure values. */
function oldBody(policy: typeof CONSUMER_ELECTRONICS_POLICY): string {
  const { repairsBeforeExchange: _r, depreciationBasisPointsPerDay: _d, ...old } = policy;
  return JSON.stringify(old);
}

describe('the repeated-failure policy migration (issue 20)', () => {
  it('writes the defaults into stored policies and keeps everything else', () => {
    const { file, old } = shopBefore('_policy_repeated_failures');
    const insert = old.sqlite.prepare(
      `INSERT INTO warranty_policies(code, position, body, terms, archived, created_at, updated_at)
       VALUES (?, ?, ?, '{"zh-Hans":"条款","zh-Hant":"","en":""}', 0, 1, 1)`,
    );
    const edited = { ...CONSUMER_ELECTRONICS_POLICY, repairWarrantyMonths: 6 };
    insert.run(edited.code, 0, oldBody(edited));
    insert.run(MEDICAL_LASER_POLICY.code, 1, oldBody(MEDICAL_LASER_POLICY));
    old.sqlite.close();

    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS });
    const bodies = upgraded.sqlite.prepare('SELECT body FROM warranty_policies ORDER BY position').pluck().all() as string[];
    for (const body of bodies) {
      expect(JSON.parse(body)).toMatchObject({ repairsBeforeExchange: 2, depreciationBasisPointsPerDay: null });
    }
    expect(JSON.parse(bodies[0]!)).toEqual({ ...edited, repairsBeforeExchange: 2, depreciationBasisPointsPerDay: null });
    const record = getPolicy(upgraded.db, CONSUMER_ELECTRONICS_POLICY.code)!;
    expect(record.policy.repairWarrantyMonths).toBe(6);
    expect(record.terms['zh-Hans']).toBe('条款');
    expect(listPolicies(upgraded.db).map((p) => p.code)).toEqual([CONSUMER_ELECTRONICS_POLICY.code, MEDICAL_LASER_POLICY.code]);
    upgraded.sqlite.close();
  });
});
