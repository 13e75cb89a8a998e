/** Backups and restore: Settings → Backups, the home screen's warning. */
export const backups = {
  backups: {
    title: 'Backups',
    description:
      'Every backup is checked before it counts. One is taken when the app starts, every 3 hours while you work, and when you quit; the newest 24, one a day for 30 days and one a month for a year are kept.',
    newest: 'Newest good backup',
    none: 'None yet',
    when: 'Taken',
    where: 'Where',
    size: 'Size',
    backUpNow: 'Back up now',
    done: 'Backup made and checked: {{name}}',
    running: 'A backup is being made…',
    secondFolder: 'Second folder',
    secondFolderHelp: 'A USB drive or network folder that gets a checked copy of every backup. Type its full path.',
    secondFolderPlaceholder: 'e.g. E:\\RepairCounter or /media/usb/RepairCounter',
    secondFolderSaved: 'Backups will also be copied to {{folder}}.',
    secondFolderCleared: 'Backups are no longer copied to a second folder.',
    newestSecond: 'Newest copy there',
    stopSecond: 'Stop copying',
    lastError: 'The last backup attempt failed ({{time}}, {{folder}}): it does not count. Details are in the log.',
    staleWarning: 'The newest backup is more than a day old (taken {{time}}).',
    noneWarning: 'No backup of the shop’s records has been made yet.',
    staleAction: 'Back up now',
  },
};
