// "(shortcut: Alt+Shift+A)" with the key the browser really binds, or a plain note that none is
// set: advertising the manifest's suggestion when the browser assigned nothing misleads.
import { useEffect, useState } from 'preact/hooks';
import type { Shortcut } from './shortcuts';

export interface ShortcutHintProps {
  command: string;
  shortcuts: () => Promise<Shortcut[]>;
}

export function ShortcutHint({ command, shortcuts }: ShortcutHintProps) {
  // undefined while asking; the hint stays out rather than show a guess.
  const [key, setKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    shortcuts().then(
      (list) => setKey(list.find((s) => s.name === command)?.shortcut ?? ''),
      () => setKey(''),
    );
  }, [command, shortcuts]);
  if (key === undefined) return null;
  if (key === '')
    return (
      <span data-testid="shortcut-hint">
        {' '}
        (no keyboard shortcut is set; assign one in the browser’s extension shortcuts)
      </span>
    );
  const parts = key.split('+');
  return (
    <span data-testid="shortcut-hint">
      {' '}
      (shortcut:{' '}
      {parts.map((part, i) => (
        <span key={part}>
          {i > 0 ? '+' : ''}
          <kbd>{part}</kbd>
        </span>
      ))}
      )
    </span>
  );
}
