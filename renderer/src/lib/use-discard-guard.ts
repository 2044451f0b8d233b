// Typed changes are never dropped silently. A drawer, a modal or a form on a screen closes at once
// when nothing was changed; with unsaved changes, Huỷ, Esc, the × button, a click outside and
// leaving the screen (menu, Back) first ask "Bỏ các thay đổi chưa lưu?".
import { App, type FormInstance } from 'antd';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { DISCARD_KEEP, DISCARD_LEAVE, DISCARD_QUESTION } from '../../../shared/messages/common';
import { subscribeHash } from '../routing/hash-location';
import { sameFormValues } from './form-changes';

/** True while something typed is not saved. */
export type DirtyCheck = () => boolean;

/** What a guarded drawer or modal offers the forms inside it. */
export interface DiscardScope {
  /** Adds a check of unsaved changes; returns its removal. */
  track(check: DirtyCheck): () => void;
}

export const DiscardScopeContext = createContext<DiscardScope | null>(null);

export interface DiscardGuard {
  /** For Huỷ, Esc, ×, click outside: closes at once when nothing changed, else asks first. */
  close(): void;
  /** For `<DiscardScopeContext value={…}>` around forms that report their own changes. */
  scope: DiscardScope;
}

/**
 * Guards `onClose` of a drawer, a modal or a screen's form. Unsaved changes are what `isDirty`
 * says, or what any form inside the scope reports; `open: false` means there is nothing to lose.
 * A save that succeeds should call the plain `onClose`, not `close`.
 */
export function useDiscardGuard(
  onClose: () => void,
  options: { open?: boolean; isDirty?: DirtyCheck } = {},
): DiscardGuard {
  const { modal } = App.useApp();
  const open = options.open ?? true;
  const latest = useRef({ onClose, isDirty: options.isDirty, open });
  useLayoutEffect(() => {
    latest.current = { onClose, isDirty: options.isDirty, open };
  });
  const checks = useRef(new Set<DirtyCheck>());
  const asking = useRef(false);

  const isDirty = useCallback((): boolean => {
    const now = latest.current;
    if (!now.open) return false;
    if (now.isDirty?.()) return true;
    for (const check of checks.current) if (check()) return true;
    return false;
  }, []);

  const ask = useCallback(
    (discard: () => void) => {
      // Esc pressed twice or a second click outside: one question is enough.
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: DISCARD_QUESTION,
        content: 'Những gì vừa nhập chưa được lưu. Nếu bỏ, các thay đổi này sẽ mất.',
        okText: DISCARD_LEAVE,
        okButtonProps: { danger: true },
        cancelText: DISCARD_KEEP,
        // Enter or Space right after Esc keeps the work; dropping it takes a deliberate click.
        autoFocusButton: 'cancel',
        onCancel: () => {
          asking.current = false;
        },
        onOk: () => {
          asking.current = false;
          discard();
        },
      });
    },
    [modal],
  );

  const close = useCallback(() => {
    if (isDirty()) ask(() => latest.current.onClose());
    else latest.current.onClose();
  }, [isDirty, ask]);

  const scope = useMemo<DiscardScope>(
    () => ({
      track: (check) => {
        checks.current.add(check);
        return () => {
          checks.current.delete(check);
        };
      },
    }),
    [],
  );

  useEffect(() => {
    if (!open) return;
    return addLeaveGuard({ isDirty, ask, discard: () => latest.current.onClose() });
  }, [open, isDirty, ask]);

  return { close, scope };
}

/**
 * A check of `form`'s unsaved changes: the user changed a field and the values now differ from
 * `baseline` (what the form was opened with, or last saved). Typing and then undoing is no change.
 */
export function useFormChanges(form: FormInstance, baseline: object): DirtyCheck {
  const base = useRef(baseline);
  useLayoutEffect(() => {
    base.current = baseline;
  });
  return useCallback(
    () => form.isFieldsTouched() && !sameFormValues(form.getFieldsValue(true), base.current),
    [form],
  );
}

/** Reports `form`'s unsaved changes to the guarded drawer or modal around it. */
export function useTrackFormChanges(form: FormInstance, baseline: object): void {
  const check = useFormChanges(form, baseline);
  const scope = useContext(DiscardScopeContext);
  useEffect(() => scope?.track(check), [scope, check]);
}

// Leaving the screen: the menu and the Back button change the address, and Chromium fires
// `popstate` before `hashchange` (which the router follows). Putting the old address back then
// keeps the screen, and its drawer, while the user decides.

interface LeaveGuard {
  isDirty: DirtyCheck;
  ask(discard: () => void): void;
  discard(): void;
}

const leaveGuards = new Set<LeaveGuard>();
let here = '';
let passing: string | null = null;
let unsubscribe: (() => void) | null = null;

function dirtyGuards(): LeaveGuard[] {
  return [...leaveGuards].filter((g) => g.isDirty());
}

function onPop() {
  const target = window.location.hash;
  if (passing !== null && target === passing) {
    passing = null;
    return;
  }
  const first = dirtyGuards()[0];
  if (!first || target === here) return;
  window.history.replaceState(window.history.state, '', here);
  first.ask(() => {
    for (const g of dirtyGuards()) g.discard();
    if (window.location.hash === target) return;
    passing = target;
    window.location.hash = target;
  });
}

/**
 * Runs `proceed` (a switch of tab or period inside a screen, which changes no history entry) at
 * once, or after the user agrees to drop the unsaved changes of the forms it would close.
 */
export function confirmLeave(proceed: () => void): void {
  const first = dirtyGuards()[0];
  if (!first) return proceed();
  first.ask(() => {
    for (const g of dirtyGuards()) g.discard();
    proceed();
  });
}

function onUnload(e: BeforeUnloadEvent) {
  if (dirtyGuards().length > 0) e.preventDefault();
}

function addLeaveGuard(guard: LeaveGuard): () => void {
  if (leaveGuards.size === 0) {
    here = window.location.hash;
    passing = null;
    const stopHash = subscribeHash(() => {
      here = window.location.hash;
    });
    window.addEventListener('popstate', onPop);
    // The browser asks itself; in the desktop app the shell asks (electron/unsaved-close.ts).
    window.addEventListener('beforeunload', onUnload);
    unsubscribe = () => {
      stopHash();
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('beforeunload', onUnload);
    };
  }
  leaveGuards.add(guard);
  return () => {
    leaveGuards.delete(guard);
    if (leaveGuards.size === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
  };
}
