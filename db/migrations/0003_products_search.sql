-- Product search drizzle-kit cannot express; see docs/search.md for the customer equivalent.
-- Serial parts (3+ characters, e.g. the middle of a label that is half worn off) and model
-- names: an FTS5 trigram index over the folded serial and the folded "brand model".
CREATE VIRTUAL TABLE `products_fts` USING fts5(`serial_fold`, `name_fold`, content='products', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `products_fts_ai` AFTER INSERT ON `products` BEGIN
  INSERT INTO `products_fts`(rowid, `serial_fold`, `name_fold`) VALUES (new.`id`, new.`serial_fold`, new.`name_fold`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_ad` AFTER DELETE ON `products` BEGIN
  INSERT INTO `products_fts`(`products_fts`, rowid, `serial_fold`, `name_fold`) VALUES ('delete', old.`id`, old.`serial_fold`, old.`name_fold`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_au` AFTER UPDATE OF `serial_fold`, `name_fold` ON `products` BEGIN
  INSERT INTO `products_fts`(`products_fts`, rowid, `serial_fold`, `name_fold`) VALUES ('delete', old.`id`, old.`serial_fold`, old.`name_fold`);
  INSERT INTO `products_fts`(rowid, `serial_fold`, `name_fold`) VALUES (new.`id`, new.`serial_fold`, new.`name_fold`);
END;
--> statement-breakpoint
-- Index any products that exist before this migration runs.
INSERT INTO `products_fts`(`products_fts`) VALUES ('rebuild');
