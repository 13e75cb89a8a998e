import type { NamespaceMessages } from '../types';

/** Backups and restore: Settings → Backups, the home screen's warning. */
export const backups: NamespaceMessages<'backups'> = {
  backups: {
    title: '备份',
    description:
      '每份备份都经过检查才算数。启动时、工作期间每 3 小时、退出时各备份一次；保留最新 24 份、30 天内每天一份、一年内每月一份。',
    newest: '最新的完好备份',
    none: '尚无备份',
    when: '时间',
    where: '位置',
    size: '大小',
    backUpNow: '立即备份',
    done: '备份已完成并通过检查：{{name}}',
    running: '正在备份…',
    secondFolder: '第二个文件夹',
    secondFolderHelp: 'U 盘或网络文件夹，每份备份都会在那里存一份经过检查的副本。请输入完整路径。',
    secondFolderPlaceholder: '例如 E:\\RepairCounter 或 /media/usb/RepairCounter',
    secondFolderSaved: '备份也将复制到 {{folder}}。',
    secondFolderCleared: '备份不再复制到第二个文件夹。',
    newestSecond: '那里最新的副本',
    stopSecond: '停止复制',
    lastError: '上一次备份失败（{{time}}，{{folder}}），不算作备份。详情见日志。',
    staleWarning: '最新的备份已超过一天（{{time}}）。',
    noneWarning: '店铺的记录还没有任何备份。',
    staleAction: '立即备份',
    restore: '恢复备份…',
    restoreTitle: '恢复备份',
    restoreHelp: '选择一份备份查看其内容。恢复后，它将取代应用当前使用的记录。',
    restorePick: '备份',
    restoreHolds: '{{time}} 的备份包含',
    customers: '客户',
    tickets: '维修单',
    receipts: '收据',
    lastReceipt: '最后一张收据号',
    noReceipt: '尚无收据',
    restoreWarning:
      '{{time}} 之后保存的内容不在这份备份中。当前的记录会先备份并移到一旁（保留在数据文件夹中），然后应用将在这份备份上重新打开。',
    restoreConfirm: '恢复这份备份',
    restored: '已恢复 {{time}} 的备份。被取代的文件保留为 {{file}}。正在重新打开…',
    kinds: { auto: '自动', 'before-upgrade': '升级前', 'before-restore': '恢复前' },
  },
};
