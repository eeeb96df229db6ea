import { useEffect, useRef, useState } from 'preact/hooks';
import { messages } from '../i18n';
import { checkStaffPin } from './staff-pin';

interface Props {
  onSuccess: () => void;
  onCancel: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Staff PIN entry: an on-screen pad for tablets, and the keyboard works too. */
export function PinDialog({ onSuccess, onCancel }: Props) {
  const m = messages();
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const add = (d: string) => setPin((p) => (p.length < 8 ? p + d : p));

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (busy || pin.length === 0) return;
    setBusy(true);
    const result = await checkStaffPin(pin);
    setBusy(false);
    setPin('');
    if (result.ok) return onSuccess();
    setError(result.reason === 'locked' ? m.pinLocked(result.waitSeconds ?? 30) : m.pinWrong);
    inputRef.current?.focus();
  };

  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="pin-title">
        <form autocomplete="off" onSubmit={submit}>
          <h2 id="pin-title">{m.pinTitle}</h2>
          <label for="staff-pin">{m.pinLabel}</label>
          {error ? (
            <p class="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <input
            ref={inputRef}
            id="staff-pin"
            type="password"
            inputMode="numeric"
            autocomplete="off"
            maxLength={8}
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
          />
          <div class="pin-pad">
            {DIGITS.map((d) => (
              <button key={d} type="button" class="button secondary" onClick={() => add(d)}>
                {d}
              </button>
            ))}
            <button type="button" class="button secondary" onClick={() => setPin('')}>
              {m.pinClear}
            </button>
            <button type="button" class="button secondary" onClick={() => add('0')}>
              0
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => setPin((p) => p.slice(0, -1))}
            >
              {m.pinDelete}
            </button>
          </div>
          <div class="actions">
            <button type="submit" class="button" disabled={busy || pin.length === 0}>
              {m.pinOk}
            </button>
            <button type="button" class="button secondary" onClick={onCancel}>
              {m.pinCancel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
