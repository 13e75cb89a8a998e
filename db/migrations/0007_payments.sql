CREATE TABLE `credit_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`credit_no` text NOT NULL,
	`credit_no_fold` text NOT NULL,
	`credit_no_rev` text NOT NULL,
	`receipt_id` integer NOT NULL,
	`ticket_id` integer,
	`customer_id` integer,
	`currency` text NOT NULL,
	`amount` integer NOT NULL,
	`method` text NOT NULL,
	`reference` text NOT NULL,
	`reason` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_on` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `credit_notes_no_idx` ON `credit_notes` (`credit_no_fold`);--> statement-breakpoint
CREATE INDEX `credit_notes_no_rev_idx` ON `credit_notes` (`credit_no_rev`);--> statement-breakpoint
CREATE INDEX `credit_notes_receipt_idx` ON `credit_notes` (`receipt_id`);--> statement-breakpoint
CREATE INDEX `credit_notes_issued_on_idx` ON `credit_notes` (`issued_on`,`id`);--> statement-breakpoint
CREATE TABLE `day_closes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`currency` text NOT NULL,
	`totals` text NOT NULL,
	`opening_float` integer NOT NULL,
	`cash_in` integer NOT NULL,
	`cash_refunds` integer NOT NULL,
	`expected_cash` integer NOT NULL,
	`counted_cash` integer NOT NULL,
	`difference` integer NOT NULL,
	`note` text NOT NULL,
	`closed_at` integer NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `day_closes_day_unique` ON `day_closes` (`day`);--> statement-breakpoint
CREATE TABLE `document_chain` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`doc_id` integer NOT NULL,
	`doc_no` text NOT NULL,
	`at` integer NOT NULL,
	`content` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_chain_doc_idx` ON `document_chain` (`kind`,`doc_id`);--> statement-breakpoint
CREATE TABLE `receipt_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`position` integer NOT NULL,
	`method` text NOT NULL,
	`amount` integer NOT NULL,
	`tendered` integer,
	`reference` text NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receipt_payments_receipt_idx` ON `receipt_payments` (`receipt_id`,`position`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_no` text NOT NULL,
	`receipt_no_fold` text NOT NULL,
	`receipt_no_rev` text NOT NULL,
	`ticket_id` integer,
	`customer_id` integer,
	`purpose` text NOT NULL,
	`currency` text NOT NULL,
	`lines` text NOT NULL,
	`discount` text NOT NULL,
	`tax` text NOT NULL,
	`subtotal` integer NOT NULL,
	`free_value` integer NOT NULL,
	`discount_amount` integer NOT NULL,
	`tax_amount` integer NOT NULL,
	`total` integer NOT NULL,
	`amount` integer NOT NULL,
	`change_given` integer NOT NULL,
	`credit_added` integer NOT NULL,
	`paid_before` integer NOT NULL,
	`balance_after` integer NOT NULL,
	`note` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_on` text NOT NULL,
	`staff_id` integer NOT NULL,
	`void_at` integer,
	`void_reason` text,
	`void_by` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`void_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_no_idx` ON `receipts` (`receipt_no_fold`);--> statement-breakpoint
CREATE INDEX `receipts_no_rev_idx` ON `receipts` (`receipt_no_rev`);--> statement-breakpoint
CREATE INDEX `receipts_issued_on_idx` ON `receipts` (`issued_on`,`id`);--> statement-breakpoint
CREATE INDEX `receipts_ticket_idx` ON `receipts` (`ticket_id`,`id`);--> statement-breakpoint
CREATE INDEX `receipts_customer_idx` ON `receipts` (`customer_id`,`id`);