-- Search structures drizzle-kit cannot express; see docs/search.md.
-- Names of 3+ characters: FTS5 trigram index over the folded name (substring match).
CREATE VIRTUAL TABLE `customers_fts` USING fts5(`name_fold`, content='customers', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `customers_fts_ai` AFTER INSERT ON `customers` BEGIN
  INSERT INTO `customers_fts`(rowid, `name_fold`) VALUES (new.`id`, new.`name_fold`);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_fts_ad` AFTER DELETE ON `customers` BEGIN
  INSERT INTO `customers_fts`(`customers_fts`, rowid, `name_fold`) VALUES ('delete', old.`id`, old.`name_fold`);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_fts_au` AFTER UPDATE OF `name_fold` ON `customers` BEGIN
  INSERT INTO `customers_fts`(`customers_fts`, rowid, `name_fold`) VALUES ('delete', old.`id`, old.`name_fold`);
  INSERT INTO `customers_fts`(rowid, `name_fold`) VALUES (new.`id`, new.`name_fold`);
END;
--> statement-breakpoint
-- Two-character queries (most Chinese given names, e.g. 张伟) are below the trigram minimum:
-- every adjacent pair of characters of the folded name, kept by db/queries/customers.ts.
CREATE TABLE `customer_name_grams` (
  `gram` TEXT NOT NULL,
  `customer_id` INTEGER NOT NULL REFERENCES `customers`(`id`) ON DELETE CASCADE,
  PRIMARY KEY (`gram`, `customer_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `customer_name_grams_customer_idx` ON `customer_name_grams` (`customer_id`);
--> statement-breakpoint
-- Index customers that existed before this migration.
INSERT INTO `customers_fts`(`customers_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT OR IGNORE INTO `customer_name_grams`(`gram`, `customer_id`)
WITH RECURSIVE g(id, s, i) AS (
  SELECT `id`, `name_fold`, 1 FROM `customers` WHERE length(`name_fold`) >= 2
  UNION ALL SELECT id, s, i + 1 FROM g WHERE i < length(s) - 1
)
SELECT substr(s, i, 2), id FROM g WHERE instr(substr(s, i, 2), ' ') = 0;
