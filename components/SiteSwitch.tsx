// The per-site off switch: when off, Corroborate never annotates the site by itself (annotating
// on demand still works).
import { SettingSwitch } from './SettingSwitch';

export interface SiteSwitchProps {
  host: string;
  load: () => Promise<boolean>;
  save: (disabled: boolean) => Promise<void>;
  onChanged: (disabled: boolean) => void;
}

export function SiteSwitch({ host, load, save, onChanged }: SiteSwitchProps) {
  return (
    <SettingSwitch
      class="site-switch"
      subject={host}
      load={async () => !(await load())}
      save={(enabled) => save(!enabled)}
      onChanged={(enabled) => onChanged(!enabled)}
    >
      Annotate <strong>{host}</strong> automatically
    </SettingSwitch>
  );
}
