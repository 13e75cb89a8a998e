/** Error codes the API returns (shared/api/errors.ts), one message each. */
export const errors = {
  errors: {
    unknown_method: 'This action is not available in this version.',
    invalid_input: 'Some fields need attention.',
    forbidden_sender: 'This request was refused for security reasons.',
    unauthorized: 'This request was refused: the preview session has ended. Reload the page.',
    not_found: 'That record was not found. It may have been removed.',
    conflict: 'That conflicts with an existing record.',
    internal: 'Something went wrong; nothing was changed. Details are in the log.',
    db_busy: 'The database is busy. Please try again in a moment.',
    db_corrupt:
      'The database file is damaged. Nothing was written to it. Restore the newest good backup (File → Open data folder, then the backups folder).',
    db_newer_version:
      'This database was written by a newer version of Repair Counter ({{dbVersion}}; this is {{appVersion}}). Please install the newer version. Nothing was changed.',
    db_not_ours: 'This file is not a Repair Counter database. Nothing was changed.',
    db_migration_failed: 'Updating the database failed, and it was left exactly as it was. A copy was saved to {{backup}}.',
    db_empty_file:
      'The database file {{path}} is empty (0 bytes). It was not used, so an empty shop does not replace your records. Restore the newest good backup, or remove the empty file to start a new shop.',
    db_is_folder:
      'A folder is where the database file should be ({{path}}). Move or rename the folder, then start again. Nothing was changed.',
    db_read_only:
      'The database file or its folder is read-only ({{path}}). Repair Counter needs to write to it: allow writing (file properties, or the drive) and start again. Nothing was changed.',
    db_locked:
      'The database file is in use by another program ({{path}}), such as another copy of Repair Counter, a backup or sync tool. Close that program and start again. Nothing was changed.',
    db_cannot_open:
      'The database file could not be opened ({{path}}). Check the drive and the file’s permissions. Nothing was changed.',
    backup_failed: 'The backup could not be made, so it does not count. The data itself is unchanged; details are in the log.',
    backup_folder_unusable:
      'The folder {{folder}} cannot take backups: it must exist and be a folder this computer can write to.',
    restore_backup_damaged:
      'The backup {{name}} failed its check, so it was not restored. Nothing was changed: choose another backup.',
    customer_duplicate_phone: 'This phone number already belongs to another customer.',
    logo_invalid: 'The logo must be a PNG or JPEG image of at most 512 KB.',
    network: 'The app could not reach its data service.',
    product_duplicate_serial: 'A {{brand}} product with serial {{serial}} is already registered ({{model}}, owner {{customer}}).',
    policy_code_taken: 'A policy with the code {{code}} already exists.',
    warranty_card_exists: 'This product already has warranty card {{cardNo}} in force. Void it first to issue a new one.',
    warranty_card_duplicate: 'Card number {{cardNo}} is already on another card.',
    warranty_card_void: 'Warranty card {{cardNo}} is void and can no longer be changed.',
    warranty_no_proof:
      'This policy gives free service only with a proof of purchase: record the proof and its date on the product first.',
    warranty_no_start_date:
      'The warranty has no start date: record the sale, delivery, acceptance or production date on the product first.',
    warranty_same_owner: 'The card already belongs to this customer.',
    ticket_transition: 'This status change is not allowed.',
    ticket_not_ready: 'Ticket {{ticketNo}} is not ready for pickup yet.',
    ticket_not_editable: 'Ticket {{ticketNo}} is closed or finished; it can no longer be changed here.',
    ticket_open_for_device:
      'This device already has an open ticket, {{ticketNo}}. To open another one anyway, tick “Open another ticket”.',
    quote_superseded: 'Quote version {{version}} has been replaced by a newer version; the customer answers the latest one.',
    quote_already_approved: 'Quote version {{version}} was already approved. Issue a revised quote to ask again.',
    quote_already_declined: 'Quote version {{version}} was already declined. Issue a revised quote to ask the customer again.',
    document_immutable:
      'An issued receipt, credit note or closed day cannot be changed or deleted. Corrections are a void or a refund.',
    payment_overpaid: 'That is more than the {{due}} due. Mark the excess as the customer’s credit, or take less.',
    payment_nothing_due: 'Nothing is due on this ticket.',
    payment_sale_unpaid: 'A counter sale is paid in full: {{due}} is due.',
    payment_credit_needs_customer: 'Only a known customer can keep credit: choose the customer first.',
    payment_tendered_below_amount: 'The cash received is less than the amount.',
    receipt_already_void: 'Receipt {{receiptNo}} is already void.',
    receipt_void_owner_only: 'Only the owner may void a receipt. Ask the owner, or issue a refund instead.',
    receipt_has_refunds: 'Receipt {{receiptNo}} has refunds ({{creditNo}}); it can no longer be voided.',
    receipt_is_void: 'Receipt {{receiptNo}} is void: there is nothing to refund.',
    refund_exceeds_paid: 'A refund against {{receiptNo}} can be at most {{max}}.',
    day_closed: 'The day {{day}} is closed; its figures are final. Use a refund to correct it.',
    day_already_closed: 'The day {{day}} is already closed.',
    day_in_future: 'The day {{day}} has not come yet.',
    balance_override_owner_only: 'Only the owner may hand back ticket {{ticketNo}} while a balance is due.',
  },
};
