// A popup switch bound to one stored setting: reads it on mount, writes it on change, stays
// disabled while either is under way.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface SettingSwitchProps {
  /** Re-read when this changes (e.g. the site a per-site switch is for). */
  subject: string;
  load: () => Promise<boolean>;
  save: (on: boolean) => Promise<void>;
  onChanged?: (on: boolean) => void;
  class?: string;
  children: ComponentChildren;
}

export function SettingSwitch({
  subject,
  load,
  save,
  onChanged,
  children,
  ...rest
}: SettingSwitchProps) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setOn(value),
      () => live && setOn(false),
    );
    return () => {
      live = false;
    };
  }, [subject]);

  const change = async (next: boolean) => {
    setBusy(true);
    try {
      await save(next);
      setOn(next);
      onChanged?.(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <label class={rest.class}>
      <input
        type="checkbox"
        role="switch"
        checked={on === true}
        disabled={on === null || busy}
        onChange={(event) => void change(event.currentTarget.checked)}
      />{' '}
      {children}
    </label>
  );
}
