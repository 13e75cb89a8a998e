-- Issue 20: a warranty policy has two more values, the repeated-failure limit (repairs of the same
-- fault before exchange or return; default 2, 0 = off) and the depreciation per day of use of
-- such a return (basis points; default none). Written into every stored policy so the table says
-- what applies; the policy schema reads a missing value as the same default, which covers the
-- policy copies on issued cards and the snapshots behind stored assessments, never rewritten.
UPDATE `warranty_policies`
SET `body` = json_set(`body`, '$.repairsBeforeExchange', 2)
WHERE json_type(`body`, '$.repairsBeforeExchange') IS NULL;
--> statement-breakpoint
UPDATE `warranty_policies`
SET `body` = json_set(`body`, '$.depreciationBasisPointsPerDay', NULL)
WHERE json_type(`body`, '$.depreciationBasisPointsPerDay') IS NULL;
