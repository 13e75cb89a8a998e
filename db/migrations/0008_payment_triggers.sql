-- Issued documents never change and never vanish (issue 5). Enforced here, below the app, so
-- the UI, the contract and raw SQL through the app are all refused alike. The error message is
-- the code the dispatcher translates: document_immutable.
--
-- The one allowed UPDATE: stamping a receipt void, once (void_at, void_reason and void_by go from
-- NULL to set), with every other column unchanged.
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
WHEN NOT (
    OLD.void_at IS NULL AND NEW.void_at IS NOT NULL
    AND NEW.void_reason IS NOT NULL AND length(trim(NEW.void_reason)) > 0 AND NEW.void_by IS NOT NULL
    AND OLD.id IS NEW.id
    AND OLD.receipt_no IS NEW.receipt_no
    AND OLD.receipt_no_fold IS NEW.receipt_no_fold
    AND OLD.receipt_no_rev IS NEW.receipt_no_rev
    AND OLD.ticket_id IS NEW.ticket_id
    AND OLD.customer_id IS NEW.customer_id
    AND OLD.purpose IS NEW.purpose
    AND OLD.currency IS NEW.currency
    AND OLD.lines IS NEW.lines
    AND OLD.discount IS NEW.discount
    AND OLD.tax IS NEW.tax
    AND OLD.subtotal IS NEW.subtotal
    AND OLD.free_value IS NEW.free_value
    AND OLD.discount_amount IS NEW.discount_amount
    AND OLD.tax_amount IS NEW.tax_amount
    AND OLD.total IS NEW.total
    AND OLD.amount IS NEW.amount
    AND OLD.change_given IS NEW.change_given
    AND OLD.credit_added IS NEW.credit_added
    AND OLD.paid_before IS NEW.paid_before
    AND OLD.balance_after IS NEW.balance_after
    AND OLD.note IS NEW.note
    AND OLD.issued_at IS NEW.issued_at
    AND OLD.issued_on IS NEW.issued_on
    AND OLD.staff_id IS NEW.staff_id
)
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER receipt_payments_no_update BEFORE UPDATE ON receipt_payments
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER receipt_payments_no_delete BEFORE DELETE ON receipt_payments
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_update BEFORE UPDATE ON credit_notes
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_delete BEFORE DELETE ON credit_notes
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER document_chain_no_update BEFORE UPDATE ON document_chain
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
--> statement-breakpoint
CREATE TRIGGER document_chain_no_delete BEFORE DELETE ON document_chain
BEGIN
  SELECT RAISE(ABORT, 'document_immutable');
END;
