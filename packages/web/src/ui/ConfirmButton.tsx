import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that asks before doing something hard to undo (delete the demo,
 * cancel or close an engagement). Uses the native <dialog>: focus is trapped,
 * Escape cancels, and the confirm button gets focus — or Cancel, with
 * `focus="cancel"`, where the safe answer should be the one Enter gives.
 */
export function ConfirmButton({
  children,
  question,
  detail,
  confirmLabel,
  onConfirm,
  className = 'button',
  danger = false,
  disabled,
  testId,
  focus = 'confirm',
}: {
  children: ReactNode;
  question: string;
  detail?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
  danger?: boolean;
  disabled?: boolean;
  testId?: string;
  focus?: 'confirm' | 'cancel';
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      (focus === 'cancel' ? cancel : confirm).current?.focus();
    } else if (!open && d.open) d.close();
  }, [open, focus]);

  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} disabled={disabled} data-testid={testId}>
        {children}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <h2 id={titleId} className="dialog__title">
          {question}
        </h2>
        {detail ? <div className="dialog__detail">{detail}</div> : null}
        <div className="dialog__actions">
          <button ref={cancel} type="button" className="button button--ghost" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
          <button
            ref={confirm}
            type="button"
            className={danger ? 'button button--danger' : 'button button--primary'}
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
