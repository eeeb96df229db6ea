import type { Locale } from '../../protocol/locales';
import { messages } from '../i18n';
import { LanguagePicker } from './LanguagePicker';

interface Props {
  ready: boolean;
  notReadyReason: string | undefined;
  onStart: () => void;
  onStaff: () => void;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  /** undefined when there is no easy-read form to offer. */
  easyRead: boolean | undefined;
  onEasyRead: () => void;
}

/** The attract screen: nothing from a previous respondent, one large Start button. */
export function StartScreen({
  ready,
  notReadyReason,
  onStart,
  onStaff,
  locale,
  onLocale,
  easyRead,
  onEasyRead,
}: Props) {
  const m = messages();
  return (
    <div class="kiosk-screen start-screen">
      <h1>{m.startTitle}</h1>
      <p>{m.startLead}</p>
      {notReadyReason ? (
        <p class="notice warning">{notReadyReason}</p>
      ) : (
        <button type="button" class="button large" disabled={!ready} onClick={onStart}>
          {m.startButton}
        </button>
      )}
      {easyRead !== undefined ? (
        <p>
          <button
            type="button"
            class="button secondary"
            aria-pressed={easyRead}
            onClick={onEasyRead}
          >
            {m.easyRead}
          </button>
        </p>
      ) : null}
      <LanguagePicker locale={locale} onChoose={onLocale} />
      <p>
        <button type="button" class="button link" onClick={onStaff}>
          {m.staff}
        </button>
      </p>
    </div>
  );
}
