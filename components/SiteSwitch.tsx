// The per-site off switch: when off, Corroborate never annotates the site by itself (annotating
// on demand still works).
import { useEffect, useState } from 'preact/hooks';

export interface SiteSwitchProps {
  host: string;
  load: () => Promise<boolean>;
  save: (disabled: boolean) => Promise<void>;
  onChanged: (disabled: boolean) => void;
}

export function SiteSwitch({ host, load, save, onChanged }: SiteSwitchProps) {
  const [disabled, setDisabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setDisabled(value),
      () => live && setDisabled(false),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const change = async (enabled: boolean) => {
    setBusy(true);
    try {
      await save(!enabled);
      setDisabled(!enabled);
      onChanged(!enabled);
    } finally {
      setBusy(false);
    }
  };

  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={disabled === false}
        disabled={disabled === null || busy}
        onChange={(event) => void change(event.currentTarget.checked)}
      />{' '}
      Annotate <strong>{host}</strong> automatically
    </label>
  );
}
