CREATE TABLE `policy_snapshots` (
	`hash` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quote_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quote_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`free` integer NOT NULL,
	`free_reason` text,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quote_lines_quote_idx` ON `quote_lines` (`quote_id`,`position`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`discount` text NOT NULL,
	`tax` text NOT NULL,
	`currency` text NOT NULL,
	`subtotal` integer NOT NULL,
	`free_value` integer NOT NULL,
	`discount_amount` integer NOT NULL,
	`tax_amount` integer NOT NULL,
	`total` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by` integer NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	`decision_method` text,
	`decision_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_ticket_version_idx` ON `quotes` (`ticket_id`,`version`);--> statement-breakpoint
CREATE TABLE `repair_warranties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`repair_date` text NOT NULL,
	`component` text NOT NULL,
	`fault` text,
	`parts_replaced` text NOT NULL,
	`fault_until` text NOT NULL,
	`parts_until` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `repair_warranties_product_idx` ON `repair_warranties` (`product_id`,`repair_date`);--> statement-breakpoint
CREATE INDEX `repair_warranties_ticket_idx` ON `repair_warranties` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `satisfaction` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`attitude` integer NOT NULL,
	`professionalism` integer NOT NULL,
	`speed` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ticket_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer,
	`policy_hash` text NOT NULL,
	`input` text NOT NULL,
	`output` text NOT NULL,
	`sentences` text NOT NULL,
	`language` text NOT NULL,
	`in_warranty` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_hash`) REFERENCES `policy_snapshots`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_assessments_ticket_idx` ON `ticket_assessments` (`ticket_id`,`id`);--> statement-breakpoint
CREATE TABLE `ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text DEFAULT '' NOT NULL,
	`data` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`id`);--> statement-breakpoint
CREATE TABLE `ticket_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`quantity` integer NOT NULL,
	`component` text,
	`old_part` text NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_parts_ticket_idx` ON `ticket_parts` (`ticket_id`,`position`);--> statement-breakpoint
CREATE TABLE `ticket_pickups` (
	`ticket_id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`collected_by` text NOT NULL,
	`id_checked` integer NOT NULL,
	`id_note` text DEFAULT '' NOT NULL,
	`resolution` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_no` text NOT NULL,
	`ticket_no_fold` text NOT NULL,
	`ticket_no_rev` text NOT NULL,
	`customer_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`channel` text NOT NULL,
	`urgency` text NOT NULL,
	`status` text NOT NULL,
	`status_at` integer NOT NULL,
	`reported_fault` text NOT NULL,
	`faults` text NOT NULL,
	`accessories` text NOT NULL,
	`accessories_note` text DEFAULT '' NOT NULL,
	`condition` text NOT NULL,
	`condition_note` text DEFAULT '' NOT NULL,
	`passcode` text,
	`deposit` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`in_warranty` integer NOT NULL,
	`promised_date` text NOT NULL,
	`promised_at` integer NOT NULL,
	`intake_at` integer NOT NULL,
	`intake_on` text NOT NULL,
	`intake_staff_id` integer NOT NULL,
	`technician_id` integer,
	`diagnosis` text DEFAULT '' NOT NULL,
	`work_done` text DEFAULT '' NOT NULL,
	`closed_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`intake_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`technician_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_no_idx` ON `tickets` (`ticket_no_fold`);--> statement-breakpoint
CREATE INDEX `tickets_no_rev_idx` ON `tickets` (`ticket_no_rev`);--> statement-breakpoint
CREATE INDEX `tickets_status_idx` ON `tickets` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_status_since_idx` ON `tickets` (`status`,`status_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_promised_idx` ON `tickets` (`status`,`promised_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_technician_idx` ON `tickets` (`technician_id`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_technician_open_idx` ON `tickets` (`technician_id`,`promised_at`,`id`) WHERE status IN ('received','diagnosing','quoted','approved','in_repair','waiting_parts','ready','declined');--> statement-breakpoint
CREATE INDEX `tickets_intake_on_idx` ON `tickets` (`intake_on`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_customer_idx` ON `tickets` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_product_idx` ON `tickets` (`product_id`,`id`);