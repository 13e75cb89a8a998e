-- One-character name searches (a surname: 王, 陳) read this index newest-first and stop after a
-- page, instead of reading and sorting every customer with that surname (docs/search.md).
CREATE INDEX `customers_initial_idx` ON `customers` (substr(`name_fold`, 1, 1), `id`);
