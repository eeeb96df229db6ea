import { useState } from 'preact/hooks';
import { checkStaffPin, PIN_PATTERN, setStaffPin } from '../device/staff-pin';
import { messages, type Messages } from '../i18n';

interface Props {
  pinSet: boolean;
  onChanged: () => void;
}

/** Set or change the staff PIN that guards leaving kiosk mode and the cover screen. */
export function StaffPinForm({ pinSet, onChanged }: Props) {
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: (m: Messages) => string }>();
  const m = messages();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pinSet) {
      const check = await checkStaffPin(current);
      if (!check.ok) {
        return setMessage({
          ok: false,
          text: (t) =>
            check.reason === 'locked'
              ? t.pinFormLocked(check.waitSeconds ?? 30)
              : t.pinFormCurrentWrong,
        });
      }
    }
    if (!PIN_PATTERN.test(pin)) return setMessage({ ok: false, text: (t) => t.pinFormPattern });
    if (pin !== again) return setMessage({ ok: false, text: (t) => t.pinFormMismatch });
    await setStaffPin(pin);
    setCurrent('');
    setPin('');
    setAgain('');
    setMessage({ ok: true, text: (t) => t.pinFormSaved });
    onChanged();
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <p>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autocomplete="off"
        maxLength={8}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </p>
  );

  return (
    <section aria-labelledby="pin-form-title">
      <h2 id="pin-form-title">{pinSet ? m.pinFormChangeTitle : m.pinFormSetTitle}</h2>
      <p>{m.pinFormLead}</p>
      <form autocomplete="off" onSubmit={submit}>
        {pinSet ? field('pin-current', m.pinFormCurrent, current, setCurrent) : null}
        {field('pin-new', m.pinFormNew, pin, setPin)}
        {field('pin-again', m.pinFormAgain, again, setAgain)}
        {message ? (
          <p
            class={message.ok ? 'notice' : 'notice warning'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text(m)}
          </p>
        ) : null}
        <button type="submit" class="button">
          {m.pinFormSave}
        </button>
      </form>
    </section>
  );
}
