import { useEffect, useState } from 'preact/hooks';
import type { Helpline } from '../../../protocol/config';
import {
  emptyHelpline,
  helplineFieldErrors,
  helplineFieldId,
  moveItem,
  setHelplineField,
  type HelplineField,
} from './helplines';
import { FieldFrame } from '../ui/Field';
import './manage.css';

interface Props {
  value: Helpline[];
  onChange(next: Helpline[]): void;
  /** Show every field's problem (after a failed attempt to go on or publish). */
  showErrors?: boolean;
  /** Prefix of the inputs' ids, for an error summary's links (default "helpline"). */
  idPrefix?: string;
}

const LABELS: Record<HelplineField, string> = {
  name: 'Name',
  phone: 'Phone number',
  hours: 'Opening hours (optional)',
  description: 'What it offers (optional)',
};

const HINTS: Partial<Record<HelplineField, string>> = {
  phone: 'Digits and spaces, for example 0161 555 0100',
  hours: 'For example: Monday to Friday, 9am to 5pm',
};

/**
 * Local services shown on the kiosk's thank-you screen beside the national helplines: add,
 * edit, reorder and remove, each field checked against the Helpline schema.
 */
export function HelplinesEditor({
  value,
  onChange,
  showErrors = false,
  idPrefix = 'helpline',
}: Props) {
  const [focusId, setFocusId] = useState<string>();
  const [status, setStatus] = useState('');
  const addId = `${idPrefix}-add`;

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const update = (index: number, field: HelplineField, text: string) =>
    onChange(value.map((h, i) => (i === index ? setHelplineField(h, field, text) : h)));

  const add = () => {
    onChange([...value, emptyHelpline()]);
    setStatus('');
    setFocusId(helplineFieldId(idPrefix, value.length, 'name'));
  };

  const remove = (index: number) => {
    const name = value[index]?.name.trim() || `Local service ${index + 1}`;
    onChange(value.filter((_, i) => i !== index));
    setStatus(`Removed ${name}.`);
    setFocusId(addId);
  };

  const move = (index: number, to: number, which: 'up' | 'down') => {
    onChange(moveItem(value, index, to));
    setStatus(`Moved to position ${to + 1} of ${value.length}.`);
    // Keep focus on the same button as it follows the service, or on its twin at an end.
    const atEnd = (which === 'up' && to === 0) || (which === 'down' && to === value.length - 1);
    const button = atEnd ? (which === 'up' ? 'down' : 'up') : which;
    setFocusId(`${idPrefix}-${to}-move-${button}`);
  };

  return (
    <div class="manage-list-editor">
      {value.length === 0 ? <p>No local services yet.</p> : null}
      {value.map((helpline, index) => {
        const errors = helplineFieldErrors(helpline);
        const legend = `Local service ${index + 1}`;
        return (
          <fieldset class="manage-entry" key={index}>
            <legend>{legend}</legend>
            {(['name', 'phone', 'hours', 'description'] as const).map((field) => {
              const id = helplineFieldId(idPrefix, index, field);
              // Errors appear when the person tries to go on, never on leaving a field: a message
              // appearing on blur moves the layout under a pointer mid-click.
              const error = showErrors ? errors[field] : undefined;
              const common = {
                value: helpline[field] ?? '',
                onInput: (e: Event) => update(index, field, (e.target as HTMLInputElement).value),
              };
              return (
                <FieldFrame
                  key={field}
                  id={id}
                  label={LABELS[field]}
                  class="manage-field"
                  hint={HINTS[field]}
                  error={error}
                >
                  {(aria) =>
                    field === 'description' ? (
                      <textarea {...aria} {...common} rows={3} />
                    ) : (
                      <input
                        {...aria}
                        {...common}
                        type={field === 'phone' ? 'tel' : 'text'}
                        autocomplete="off"
                        spellcheck={field !== 'phone'}
                      />
                    )
                  }
                </FieldFrame>
              );
            })}
            <div class="manage-entry-actions">
              <button
                type="button"
                class="button secondary"
                id={`${idPrefix}-${index}-move-up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1, 'up')}
              >
                Move up<span class="visually-hidden"> {legend}</span>
              </button>
              <button
                type="button"
                class="button secondary"
                id={`${idPrefix}-${index}-move-down`}
                disabled={index === value.length - 1}
                onClick={() => move(index, index + 1, 'down')}
              >
                Move down<span class="visually-hidden"> {legend}</span>
              </button>
              <button type="button" class="button secondary danger" onClick={() => remove(index)}>
                Remove<span class="visually-hidden"> {legend}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" class="button secondary" id={addId} onClick={add}>
        Add a local service
      </button>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
