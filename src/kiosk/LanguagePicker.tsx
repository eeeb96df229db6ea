import { LOCALE_NAMES, LOCALES, textDirection, type Locale } from '../../protocol/locales';

/**
 * Language choice on the kiosk's start screen. The heading is written in every language, so
 * someone who reads no English can still find it; each button names its language in that
 * language (with `lang`, so a screen reader pronounces it right).
 */
export function LanguagePicker({
  locale,
  onChoose,
}: {
  locale: Locale;
  onChoose: (l: Locale) => void;
}) {
  return (
    <section class="language-picker" aria-labelledby="language-title">
      <h2 id="language-title" class="language-title">
        Language · Język · Limba ·{' '}
        <span lang="ur" dir="rtl">
          زبان
        </span>{' '}
        ·{' '}
        <span lang="ar" dir="rtl">
          اللغة
        </span>
      </h2>
      <div class="language-options">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            class="button secondary"
            lang={l}
            dir={textDirection(l)}
            aria-pressed={l === locale}
            onClick={() => onChoose(l)}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
    </section>
  );
}
