CREATE TABLE `receipt_invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`number_fold` text NOT NULL,
	`number_rev` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receipt_invoices_receipt_idx` ON `receipt_invoices` (`receipt_id`,`id`);--> statement-breakpoint
CREATE INDEX `receipt_invoices_no_idx` ON `receipt_invoices` (`number_fold`);--> statement-breakpoint
CREATE INDEX `receipt_invoices_no_rev_idx` ON `receipt_invoices` (`number_rev`);