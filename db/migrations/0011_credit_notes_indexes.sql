-- A ticket's paid total and its receipts list, and a customer's, read credit notes by ticket and
-- by customer: without these, every intake save and ticket page scanned all credit notes
-- (~2 ms at 15 000 notes, growing with the shop's years).
CREATE INDEX `credit_notes_ticket_idx` ON `credit_notes` (`ticket_id`,`id`);--> statement-breakpoint
CREATE INDEX `credit_notes_customer_idx` ON `credit_notes` (`customer_id`,`id`);