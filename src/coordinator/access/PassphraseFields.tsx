import { useState } from 'preact/hooks';
import { passphraseRules, type PassphraseContext } from './passphrase-rules';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field } from './ui';

// Choosing a new passphrase (setup, hand-over, change, recovery): the rules are listed under
// the field and tick off as the person types; the list is the field's description, so a
// screen reader reads it with the field rather than announcing every keystroke.

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

export const EMPTY_PASSPHRASE: NewPassphrase = { passphrase: '', confirm: '' };

interface Props {
  idPrefix: string;
  value: NewPassphrase;
  onChange(next: NewPassphrase): void;
  context: PassphraseContext;
  /** Problems from the last submit (from newPassphraseIssues). */
  issues: readonly FieldIssue[];
  label?: string;
}

/** Problems with a new passphrase, as error-summary issues for the fields of `idPrefix`. */
export function newPassphraseIssues(
  idPrefix: string,
  value: NewPassphrase,
  context: PassphraseContext,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const unmet = passphraseRules(value.passphrase, context).filter((r) => !r.met);
  if (value.passphrase === '') {
    issues.push({ targetId: `${idPrefix}-new`, message: 'Enter a passphrase' });
  } else if (unmet.length > 0) {
    issues.push({
      targetId: `${idPrefix}-new`,
      message: `The passphrase does not meet every rule: ${unmet.map((r) => r.text.toLowerCase()).join('; ')}`,
    });
  }
  if (value.confirm !== value.passphrase) {
    issues.push({
      targetId: `${idPrefix}-confirm`,
      message: 'The two passphrases are not the same',
    });
  }
  return issues;
}

export function PassphraseFields({ idPrefix, value, onChange, context, issues, label }: Props) {
  const [show, setShow] = useState(false);
  const rules = passphraseRules(value.passphrase, context);
  return (
    <div class="passphrase-fields">
      <Field
        id={`${idPrefix}-new`}
        label={label ?? 'New passphrase'}
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        value={value.passphrase}
        onInput={(passphrase) => onChange({ ...value, passphrase })}
        error={issueFor(issues, `${idPrefix}-new`)}
        describedBy={`${idPrefix}-rules`}
        hint="The passphrase unlocks the partnership key, which opens every response. Nobody can reset it, so choose something long that you will remember: four or more unrelated words work well."
      />
      <div id={`${idPrefix}-rules`} class="passphrase-rules">
        <p class="visually-hidden">Rules:</p>
        <ul>
          {rules.map((rule) => (
            <li key={rule.id} class={rule.met ? 'met' : 'unmet'}>
              <span aria-hidden="true" class="rule-mark">
                {rule.met ? '✓' : '✗'}
              </span>
              <span class="visually-hidden">{rule.met ? 'Met: ' : 'Not met yet: '}</span>
              {rule.text}
            </li>
          ))}
        </ul>
      </div>
      <Field
        id={`${idPrefix}-confirm`}
        label="Type the passphrase again"
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        value={value.confirm}
        onInput={(confirm) => onChange({ ...value, confirm })}
        error={issueFor(issues, `${idPrefix}-confirm`)}
      />
      <div class="access-check">
        <input
          type="checkbox"
          id={`${idPrefix}-show`}
          checked={show}
          onChange={(e) => setShow(e.currentTarget.checked)}
        />
        <label for={`${idPrefix}-show`}>Show the passphrase as I type</label>
      </div>
    </div>
  );
}
