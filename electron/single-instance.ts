// A second start of the app (a double click on the shortcut while it runs) must not open the
// database a second time: main.ts keeps one instance, and this brings its window forward, restored
// if it was minimised. Free of the 'electron' import so it is tested with a stand-in window.

export interface RestorableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
}

/** False when there is no window yet (the start-up dialog is still open) or any more. */
export function bringToFront(win: RestorableWindow | null | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
  return true;
}
