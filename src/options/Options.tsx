// Options page: how Backstory marks and opens cards, and the sites set to always or never.
// Every change is saved at once and reaches open tabs through storage, without a reload.
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS } from '../glossary/types';
import {
  DEFAULT_SETTINGS,
  UNDERLINE_COLORS,
  UNDERLINE_STYLES,
  withSiteMode,
  type Settings,
} from '../shared/settings';
import { onSettingsChanged, readStoredSettings, saveSettings } from '../shared/storage';
import { formatNumber, t, type MessageKey } from '../shared/i18n';
import { kindLabel } from '../ui/Card';

const COLOR_VALUES: Record<(typeof UNDERLINE_COLORS)[number], string> = {
  blue: '#2f6fdf',
  green: '#1f8a4c',
  orange: '#d9730d',
  grey: '#7a8290',
};

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState<string[]>([]);

  useEffect(() => {
    void readStoredSettings().then((read) => {
      setSettings(read.settings);
      setReset(read.reset);
    });
    // A change made elsewhere (the popup, another device) shows here at once.
    const stop = new AbortController();
    onSettingsChanged(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  if (!settings) return null;

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsApplyNote')}</p>
      {reset.length > 0 && (
        <p class="notice" role="status" data-backstory-settings-reset="">
          {t('optionsResetNotice', reset.join(', '))}.
        </p>
      )}

      <h2>{t('optionsCards')}</h2>
      <fieldset>
        <legend>{t('optionsHoverDelay')}</legend>
        <label>
          <input
            type="range"
            min={0}
            max={1000}
            step={50}
            value={settings.hoverDelay}
            data-backstory-setting="hoverDelay"
            onInput={(e) => update({ ...settings, hoverDelay: Number(e.currentTarget.value) })}
          />
          <span>{t('optionsHoverDelayValue', formatNumber(settings.hoverDelay))}</span>
        </label>
      </fieldset>

      <h2>{t('optionsMarks')}</h2>
      <fieldset>
        <legend>{t('optionsUnderline')}</legend>
        <label>
          {t('optionsStyle')}
          <UnderlineChoice
            part="style"
            values={UNDERLINE_STYLES}
            settings={settings}
            update={update}
          />
          {t('optionsColor')}
          <UnderlineChoice
            part="color"
            values={UNDERLINE_COLORS}
            settings={settings}
            update={update}
          />
        </label>
        <p class="preview">
          {t('optionsPreview')}{' '}
          <span
            style={{
              textDecoration: `underline ${settings.underline.style} ${COLOR_VALUES[settings.underline.color]}`,
              textUnderlineOffset: '0.18em',
            }}
          >
            Antony Blinken
          </span>
        </p>
        <label>
          <input
            type="checkbox"
            checked={settings.firstMentionOnly}
            data-backstory-setting="firstMentionOnly"
            onChange={(e) => update({ ...settings, firstMentionOnly: e.currentTarget.checked })}
          />
          {t('optionsFirstMentionOnly')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsKinds')}</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={settings.kinds.includes(kind)}
              data-backstory-kind={kind}
              onChange={(e) =>
                update({
                  ...settings,
                  kinds: e.currentTarget.checked
                    ? ENTITY_KINDS.filter((k) => k === kind || settings.kinds.includes(k))
                    : settings.kinds.filter((k) => k !== kind),
                })
              }
            />
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>

      <h2>{t('optionsToolbar')}</h2>
      <fieldset>
        <legend>{t('optionsBadge')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.badge}
            data-backstory-setting="badge"
            onChange={(e) => update({ ...settings, badge: e.currentTarget.checked })}
          />
          {t('optionsBadgeLabel')}
        </label>
      </fieldset>

      <h2>{t('optionsSites')}</h2>
      {sites.length === 0 ? (
        <p class="muted">{t('optionsNoSites')}</p>
      ) : (
        <table>
          <tbody>
            {sites.map(([site, mode]) => (
              <tr key={site} data-backstory-site={site}>
                <td>{site}</td>
                <td>{mode === 'always' ? t('popupModeAlways') : t('optionsModeNever')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => update(withSiteMode(settings, site, 'auto'))}
                  >
                    {t('optionsRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('optionsDefaults')}</h2>
      <button
        type="button"
        data-backstory-reset=""
        onClick={() => {
          update(structuredClone(DEFAULT_SETTINGS));
          setReset([]);
        }}
      >
        {t('optionsReset')}
      </button>
    </>
  );
}

/** One select for a part of the underline (style or colour); option labels from _locales. */
function UnderlineChoice<P extends keyof Settings['underline']>({
  part,
  values,
  settings,
  update,
}: {
  part: P;
  values: readonly Settings['underline'][P][];
  settings: Settings;
  update: (next: Settings) => void;
}) {
  return (
    <select
      value={settings.underline[part]}
      data-backstory-setting={`underline.${part}`}
      onChange={(e) =>
        update({
          ...settings,
          underline: { ...settings.underline, [part]: e.currentTarget.value },
        })
      }
    >
      {values.map((value) => (
        <option value={value}>
          {t(`${part}${value[0]!.toUpperCase()}${value.slice(1)}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
