import { useEffect, useState } from 'preact/hooks';
import type { Form } from '../../protocol/form';
import { LOCALE_NAMES, type Locale } from '../../protocol/locales';
import { randomId } from '../crypto/random';
import { discardDraft, listDraftSummaries, type DraftSummary } from '../device/drafts';
import { formLocales, text } from '../forms/i18n';
import { currentLocale, messages } from '../i18n';

interface Props {
  forms: Form[];
  onStart: (form: Form, draftId: string, locale: Locale) => void;
  onResume: (draft: DraftSummary) => void;
}

/** Start an assisted questionnaire, or resume / discard a paused one (never shows content). */
export function QuestionnairesPanel({ forms, onStart, onResume }: Props) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [locales, setLocales] = useState<Record<string, Locale>>({});
  const refresh = () => void listDraftSummaries('questionnaire').then(setDrafts);
  useEffect(refresh, []);
  const m = messages();
  const staff = currentLocale();

  return (
    <section aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">{m.questionnairesTitle}</h2>
      <p>{m.questionnairesLead}</p>
      <ul class="card-list">
        {forms.map((form) => {
          const id = `lang-${form.id}`;
          const locale = locales[form.id] ?? 'en';
          return (
            <li key={form.id} class="card">
              <h3>{text(form.title, staff)}</h3>
              <label for={id}>{m.questionnairesLanguage}</label>
              <select
                id={id}
                value={locale}
                onChange={(e) =>
                  setLocales({ ...locales, [form.id]: e.currentTarget.value as Locale })
                }
              >
                {formLocales(form).map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LOCALE_NAMES[l]}
                  </option>
                ))}
              </select>
              <div class="actions">
                <button
                  type="button"
                  class="button"
                  onClick={() => onStart(form, randomId(), locale)}
                >
                  {m.questionnaireStart(text(form.title, staff))}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {drafts.length > 0 ? (
        <>
          <h3>{m.questionnairesPaused}</h3>
          <ul class="card-list">
            {drafts.map((d) => (
              <li key={d.id} class="card">
                <p>
                  <strong>{d.label ?? d.formId}</strong> · {m.questionnairePausedOn(d.updatedDay)}
                </p>
                <div class="actions">
                  <button type="button" class="button" onClick={() => onResume(d)}>
                    {m.questionnaireResume(d.label ?? d.formId)}
                  </button>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => void discardDraft(d.id).then(refresh)}
                  >
                    {m.questionnaireDiscard}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
