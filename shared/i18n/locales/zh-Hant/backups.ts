import type { NamespaceMessages } from '../types';

/** Backups and restore: Settings → Backups, the home screen's warning. */
export const backups: NamespaceMessages<'backups'> = {
  backups: {
    title: '備份',
    description:
      '每份備份都經過檢查才算數。啟動時、工作期間每 3 小時、結束時各備份一次；保留最新 24 份、30 天內每天一份、一年內每月一份。',
    newest: '最新的完好備份',
    none: '尚無備份',
    when: '時間',
    where: '位置',
    size: '大小',
    backUpNow: '立即備份',
    done: '備份已完成並通過檢查：{{name}}',
    running: '正在備份…',
    secondFolder: '第二個資料夾',
    secondFolderHelp: 'USB 隨身碟或網路資料夾，每份備份都會在那裡存一份經過檢查的副本。請輸入完整路徑。',
    secondFolderPlaceholder: '例如 E:\\RepairCounter 或 /media/usb/RepairCounter',
    secondFolderSaved: '備份也將複製到 {{folder}}。',
    secondFolderCleared: '備份不再複製到第二個資料夾。',
    newestSecond: '那裡最新的副本',
    stopSecond: '停止複製',
    lastError: '上一次備份失敗（{{time}}，{{folder}}），不算作備份。詳情見日誌。',
    staleWarning: '最新的備份已超過一天（{{time}}）。',
    noneWarning: '店鋪的紀錄還沒有任何備份。',
    staleAction: '立即備份',
    restore: '還原備份…',
    restoreTitle: '還原備份',
    restoreHelp: '選擇一份備份查看其內容。還原後，它將取代應用程式目前使用的紀錄。',
    restorePick: '備份',
    restoreHolds: '{{time}} 的備份包含',
    customers: '客戶',
    tickets: '維修單',
    receipts: '收據',
    lastReceipt: '最後一張收據號',
    noReceipt: '尚無收據',
    restoreWarning:
      '{{time}} 之後儲存的內容不在這份備份中。目前的紀錄會先備份並移到一旁（保留在資料夾中），然後應用程式將在這份備份上重新開啟。',
    restoreConfirm: '還原這份備份',
    restored: '已還原 {{time}} 的備份。被取代的檔案保留為 {{file}}。正在重新開啟…',
    kinds: { auto: '自動', 'before-upgrade': '升級前', 'before-restore': '還原前' },
  },
};
