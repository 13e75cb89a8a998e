-- The monthly figures' per-day working copy (db/queries/figures.ts). The triggers below keep it
-- honest: whatever a cached day counted changes, the day's row is deleted and the next read
-- computes it again from the tickets. A day row holds, for its shop day: tickets received
-- (by intake_on), devices made ready (status events, by instant), tickets collected and their
-- ratings (by the ticket's status_at). "In the day" for an instant is from_at <= x < to_at; a
-- day is at most 25 hours, so `from_at > x - 93600000` lets the lookup use figure_days_from_idx.
CREATE TABLE `figure_days` (
	`time_zone` text NOT NULL,
	`day` text NOT NULL,
	`from_at` integer NOT NULL,
	`to_at` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`day`, `time_zone`)
);
--> statement-breakpoint
CREATE INDEX `figure_days_from_idx` ON `figure_days` (`from_at`);
--> statement-breakpoint
CREATE TRIGGER `figure_days_ticket_in` AFTER INSERT ON `tickets`
BEGIN
  DELETE FROM figure_days WHERE day = NEW.intake_on;
  DELETE FROM figure_days WHERE from_at > NEW.status_at - 93600000 AND from_at <= NEW.status_at AND to_at > NEW.status_at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ticket_received` AFTER UPDATE OF intake_on, in_warranty, faults, product_id ON `tickets`
BEGIN
  DELETE FROM figure_days WHERE day IN (OLD.intake_on, NEW.intake_on);
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ticket_status` AFTER UPDATE OF status, status_at ON `tickets`
BEGIN
  DELETE FROM figure_days WHERE from_at > OLD.status_at - 93600000 AND from_at <= OLD.status_at AND to_at > OLD.status_at;
  DELETE FROM figure_days WHERE from_at > NEW.status_at - 93600000 AND from_at <= NEW.status_at AND to_at > NEW.status_at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ticket_times` AFTER UPDATE OF intake_at, promised_at ON `tickets`
BEGIN
  DELETE FROM figure_days WHERE rowid IN (
    SELECT f.rowid FROM ticket_events e JOIN figure_days f ON f.from_at > e.at - 93600000 AND f.from_at <= e.at AND f.to_at > e.at
    WHERE e.ticket_id = NEW.id AND e.kind = 'status' AND e.to_status = 'ready');
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ticket_out` AFTER DELETE ON `tickets`
BEGIN
  DELETE FROM figure_days WHERE day = OLD.intake_on;
  DELETE FROM figure_days WHERE from_at > OLD.status_at - 93600000 AND from_at <= OLD.status_at AND to_at > OLD.status_at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ready_in` AFTER INSERT ON `ticket_events` WHEN NEW.kind = 'status' AND NEW.to_status = 'ready'
BEGIN
  DELETE FROM figure_days WHERE from_at > NEW.at - 93600000 AND from_at <= NEW.at AND to_at > NEW.at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ready_changed` AFTER UPDATE ON `ticket_events`
WHEN (OLD.kind = 'status' AND OLD.to_status = 'ready') OR (NEW.kind = 'status' AND NEW.to_status = 'ready')
BEGIN
  DELETE FROM figure_days WHERE from_at > OLD.at - 93600000 AND from_at <= OLD.at AND to_at > OLD.at;
  DELETE FROM figure_days WHERE from_at > NEW.at - 93600000 AND from_at <= NEW.at AND to_at > NEW.at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_ready_out` AFTER DELETE ON `ticket_events` WHEN OLD.kind = 'status' AND OLD.to_status = 'ready'
BEGIN
  DELETE FROM figure_days WHERE from_at > OLD.at - 93600000 AND from_at <= OLD.at AND to_at > OLD.at;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_product` AFTER UPDATE OF brand, model ON `products`
WHEN OLD.brand IS NOT NEW.brand OR OLD.model IS NOT NEW.model
BEGIN
  DELETE FROM figure_days WHERE day IN (SELECT intake_on FROM tickets WHERE product_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_rating_in` AFTER INSERT ON `satisfaction`
BEGIN
  DELETE FROM figure_days WHERE rowid IN (
    SELECT f.rowid FROM tickets t JOIN figure_days f ON f.from_at > t.status_at - 93600000 AND f.from_at <= t.status_at AND f.to_at > t.status_at
    WHERE t.id = NEW.ticket_id);
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_rating_changed` AFTER UPDATE ON `satisfaction`
BEGIN
  DELETE FROM figure_days WHERE rowid IN (
    SELECT f.rowid FROM tickets t JOIN figure_days f ON f.from_at > t.status_at - 93600000 AND f.from_at <= t.status_at AND f.to_at > t.status_at
    WHERE t.id IN (OLD.ticket_id, NEW.ticket_id));
END;
--> statement-breakpoint
CREATE TRIGGER `figure_days_rating_out` AFTER DELETE ON `satisfaction`
BEGIN
  DELETE FROM figure_days WHERE rowid IN (
    SELECT f.rowid FROM tickets t JOIN figure_days f ON f.from_at > t.status_at - 93600000 AND f.from_at <= t.status_at AND f.to_at > t.status_at
    WHERE t.id = OLD.ticket_id);
END;
--> statement-breakpoint
CREATE TABLE `figure_months` (
	`time_zone` text NOT NULL,
	`month` text NOT NULL,
	`top` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`time_zone`, `month`, `top`)
);
--> statement-breakpoint
-- A kept month is only as good as its days: it goes with any of them.
CREATE TRIGGER `figure_months_day_out` AFTER DELETE ON `figure_days`
BEGIN
  DELETE FROM figure_months WHERE time_zone = OLD.time_zone AND month = substr(OLD.day, 1, 7);
END;
