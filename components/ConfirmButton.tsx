// A destructive action in two explicit steps: the first press asks, a second button confirms.
// Escape or "Cancel" backs out. Focus moves to the question's confirm button and back.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface ConfirmButtonProps {
  /** The first button's text, e.g. "Delete all citations…". */
  label: ComponentChildren;
  /** The question shown after the first press. */
  prompt: ComponentChildren;
  /** The second, confirming button's text. */
  confirmLabel: ComponentChildren;
  cancelLabel?: ComponentChildren;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  /** Accessible name of the first button when `label` alone is ambiguous (per-row buttons). */
  ariaLabel?: string;
  testId?: string;
  class?: string;
}

export function ConfirmButton({
  label,
  prompt,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  disabled = false,
  ariaLabel,
  testId,
  class: className = '',
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      firstRef.current?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  if (!asking) {
    return (
      <button
        ref={firstRef}
        type="button"
        class={`confirm-start ${className}`}
        aria-label={ariaLabel}
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span
      class={`confirm-ask ${className}`}
      role="group"
      aria-label={ariaLabel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <span class="prompt">{prompt}</span>{' '}
      <button
        ref={confirmRef}
        type="button"
        class="danger"
        data-testid={testId ? `${testId}-confirm` : undefined}
        disabled={busy}
        onClick={() => void confirm()}
      >
        {confirmLabel}
      </button>{' '}
      <button
        type="button"
        data-testid={testId ? `${testId}-cancel` : undefined}
        disabled={busy}
        onClick={cancel}
      >
        {cancelLabel}
      </button>
    </span>
  );
}
