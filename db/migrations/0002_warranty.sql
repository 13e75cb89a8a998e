CREATE TABLE `number_series` (
	`key` text PRIMARY KEY NOT NULL,
	`pattern` text NOT NULL,
	`reset_yearly` integer NOT NULL,
	`period` text NOT NULL,
	`next_seq` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`category` text NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`model` text NOT NULL,
	`serial` text DEFAULT '' NOT NULL,
	`serial_fold` text DEFAULT '' NOT NULL,
	`serial_rev` text DEFAULT '' NOT NULL,
	`brand_fold` text DEFAULT '' NOT NULL,
	`name_fold` text DEFAULT '' NOT NULL,
	`production_date` text,
	`sale_date` text,
	`delivery_date` text,
	`acceptance_date` text,
	`proof_kind` text,
	`proof_no` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_customer_idx` ON `products` (`customer_id`);--> statement-breakpoint
CREATE INDEX `products_serial_rev_idx` ON `products` (`serial_rev`);--> statement-breakpoint
CREATE UNIQUE INDEX `products_brand_serial_idx` ON `products` (`brand_fold`,`serial_fold`) WHERE "products"."serial_fold" <> '';--> statement-breakpoint
CREATE INDEX `products_serial_fold_idx` ON `products` (`serial_fold`);--> statement-breakpoint
CREATE TABLE `warranty_card_owners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`card_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`from_at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`card_id`) REFERENCES `warranty_cards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `warranty_card_owners_card_idx` ON `warranty_card_owners` (`card_id`);--> statement-breakpoint
CREATE INDEX `warranty_card_owners_customer_idx` ON `warranty_card_owners` (`customer_id`);--> statement-breakpoint
CREATE TABLE `warranty_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`card_no` text NOT NULL,
	`card_no_fold` text NOT NULL,
	`card_no_rev` text NOT NULL,
	`product_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`status` text NOT NULL,
	`policy_code` text NOT NULL,
	`policy` text NOT NULL,
	`terms` text NOT NULL,
	`start_date` text NOT NULL,
	`start_basis` text NOT NULL,
	`start_proven` integer NOT NULL,
	`components` text NOT NULL,
	`last_expiry` text NOT NULL,
	`issued_on` text NOT NULL,
	`issued_at` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`void_reason` text,
	`voided_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warranty_cards_card_no_idx` ON `warranty_cards` (`card_no_fold`);--> statement-breakpoint
CREATE INDEX `warranty_cards_card_no_rev_idx` ON `warranty_cards` (`card_no_rev`);--> statement-breakpoint
CREATE INDEX `warranty_cards_customer_idx` ON `warranty_cards` (`customer_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `warranty_cards_one_active_idx` ON `warranty_cards` (`product_id`) WHERE "warranty_cards"."status" = 'active';--> statement-breakpoint
CREATE INDEX `warranty_cards_product_idx` ON `warranty_cards` (`product_id`);--> statement-breakpoint
CREATE TABLE `warranty_policies` (
	`code` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`body` text NOT NULL,
	`terms` text NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
