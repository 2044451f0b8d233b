// A page holding unsaved work cancels its unload (beforeunload). Electron then keeps the window open
// without a word, so the shell asks the clerk itself, with the screens' own question and buttons.
import type { MessageBoxSyncOptions } from 'electron';
import { DISCARD_KEEP, DISCARD_LEAVE, DISCARD_QUESTION } from '../shared/messages/common';

export const UNSAVED_CLOSE_DIALOG = {
  type: 'question',
  title: 'Tổng hợp Báo cáo',
  message: DISCARD_QUESTION,
  detail:
    'Có nội dung đã nhập hoặc tệp đã xem trước nhưng chưa ghi. Nếu đóng hay tải lại cửa sổ bây giờ, các thay đổi đó sẽ mất.',
  buttons: [DISCARD_KEEP, DISCARD_LEAVE],
  defaultId: 0,
  // Esc and the dialog's close box keep the work: losing it takes the explicit button.
  cancelId: 0,
  noLink: true,
} satisfies MessageBoxSyncOptions;

/** Whether the clerk's answer to UNSAVED_CLOSE_DIALOG lets the window close (or reload). */
export function leaveAnyway(choice: number): boolean {
  return UNSAVED_CLOSE_DIALOG.buttons[choice] === DISCARD_LEAVE;
}
