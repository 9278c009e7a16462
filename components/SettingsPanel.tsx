// Settings: the sites annotated automatically, the sites switched off, learning from reading,
// and the keyboard shortcuts (changed in the browser's own shortcuts page).
import { useEffect, useState } from 'preact/hooks';
import { errorText, type OptionsApi, type Shortcut } from './options-api';
import { plural } from './verdicts';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';

const DEFAULT_SHORTCUTS: Shortcut[] = [
  {
    name: 'toggle-annotations',
    description: 'Hide or show Corroborate annotations on this page',
    shortcut: 'Alt+Shift+C',
  },
  { name: 'annotate-page', description: 'Annotate this page now', shortcut: 'Alt+Shift+A' },
];

const sitesText = (sites: readonly string[]): string => sites.join('\n');
const parseSites = (text: string): string[] =>
  text
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export interface SettingsPanelProps {
  api: Pick<OptionsApi, 'getSettings' | 'updateSettings' | 'shortcuts'>;
}

export function SettingsPanel({ api }: SettingsPanelProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [shortcuts, setShortcuts] = useState<Shortcut[]>(DEFAULT_SHORTCUTS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    api.getSettings().then(
      (loaded) => {
        setSettings(loaded);
        setSites(sitesText(loaded.autoSites));
      },
      (error: unknown) => setStatus(`Could not read settings: ${errorText(error)}`),
    );
    api.shortcuts().then(
      (list) => {
        const ours = list.filter((s) => DEFAULT_SHORTCUTS.some((d) => d.name === s.name));
        if (ours.length > 0) setShortcuts(ours);
      },
      () => undefined,
    );
  }, [api]);

  const save = async (patch: Partial<Settings>, message: (next: Settings) => string) => {
    try {
      const next = await api.updateSettings(patch);
      setSettings(next);
      if (patch.autoSites) setSites(sitesText(next.autoSites));
      setStatus(message(next));
    } catch (error) {
      setStatus(`Could not save: ${errorText(error)}`);
    }
  };

  const dirty = settings !== null && sitesText(settings.autoSites) !== sites.trim();

  return (
    <section id="settings" aria-labelledby="settings-heading" class="panel">
      <h2 id="settings-heading">Settings</h2>

      <form
        class="setting"
        onSubmit={(event) => {
          event.preventDefault();
          void save(
            { autoSites: parseSites(sites) },
            (next) => `Saved: ${plural(next.autoSites.length, 'site')} annotated automatically.`,
          );
        }}
      >
        <label for="auto-sites">
          <strong>Sites annotated automatically</strong>
        </label>
        <p class="muted" id="auto-sites-hint">
          One site per line, e.g. <code>reuters.com</code> (its subdomains count too). Pages that
          declare themselves news articles are annotated anywhere; these sites are annotated even
          when their pages don’t. Every other page is annotated only when you ask.
        </p>
        <textarea
          id="auto-sites"
          rows={8}
          value={sites}
          aria-describedby="auto-sites-hint"
          disabled={settings === null}
          onInput={(event) => setSites(event.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={!dirty}>
            Save sites
          </button>{' '}
          <button
            type="button"
            disabled={settings === null}
            onClick={() =>
              void save(
                { autoSites: [...DEFAULT_SETTINGS.autoSites] },
                () => 'Restored the default list of sites.',
              )
            }
          >
            Restore the default list
          </button>
        </div>
      </form>

      <div class="setting">
        <h3 id="disabled-sites-heading">Sites switched off</h3>
        {settings === null || settings.disabledSites.length === 0 ? (
          <p class="muted">
            None. Switch a site off from the Corroborate popup while you are on it.
          </p>
        ) : (
          <ul aria-labelledby="disabled-sites-heading" class="site-list">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  aria-label={`Turn Corroborate back on for ${site}`}
                  onClick={() =>
                    void save(
                      { disabledSites: settings.disabledSites.filter((s) => s !== site) },
                      () => `Corroborate is back on for ${site}.`,
                    )
                  }
                >
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div class="setting">
        <label>
          <input
            type="checkbox"
            checked={settings?.learnFromReading ?? false}
            disabled={settings === null}
            aria-describedby="learn-hint"
            onChange={(event) => {
              const on = event.currentTarget.checked;
              void save({ learnFromReading: on }, () =>
                on ? 'Learning from reading is on.' : 'Learning from reading is off.',
              );
            }}
          />{' '}
          <strong>Learn from reading</strong> (off by default)
        </label>
        <p class="muted" id="learn-hint">
          When on, the figures Corroborate finds on the articles you read are added to your store as
          citations from that article’s publisher (shown as “Learned”), so a later article repeating
          them can be checked against them. They stay on this computer. It is off by default because
          an article you happened to read is not necessarily a reliable source. Review them in the
          table above with Origin: Learned from reading.
        </p>
      </div>

      <div class="setting">
        <h3>Keyboard shortcuts</h3>
        <ul class="shortcuts" data-testid="shortcuts">
          {shortcuts.map((s) => (
            <li key={s.name}>
              {s.shortcut ? <kbd>{s.shortcut}</kbd> : <em>no key set</em>} — {s.description}
            </li>
          ))}
        </ul>
        <p class="muted">
          To change them: in Chrome, open <code>chrome://extensions/shortcuts</code>; in Firefox,
          open <code>about:addons</code>, click the gear icon and choose “Manage Extension
          Shortcuts”.
        </p>
      </div>

      <p class="status" role="status" aria-live="polite" data-testid="settings-status">
        {status}
      </p>
    </section>
  );
}
