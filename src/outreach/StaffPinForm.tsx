import { useState } from 'preact/hooks';
import { checkStaffPin, PIN_PATTERN, setStaffPin } from '../device/staff-pin';

interface Props {
  pinSet: boolean;
  onChanged: () => void;
}

/** Set or change the staff PIN that guards leaving kiosk mode and the cover screen. */
export function StaffPinForm({ pinSet, onChanged }: Props) {
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pinSet) {
      const check = await checkStaffPin(current);
      if (!check.ok) {
        return setMessage({
          ok: false,
          text:
            check.reason === 'locked'
              ? `Too many tries. Wait ${check.waitSeconds ?? 30} seconds.`
              : 'The current PIN is not right.',
        });
      }
    }
    if (!PIN_PATTERN.test(pin))
      return setMessage({ ok: false, text: 'The new PIN must be 4 to 8 digits.' });
    if (pin !== again) return setMessage({ ok: false, text: 'The two new PINs are not the same.' });
    await setStaffPin(pin);
    setCurrent('');
    setPin('');
    setAgain('');
    setMessage({ ok: true, text: 'Staff PIN saved.' });
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
      <h2 id="pin-form-title">{pinSet ? 'Change the staff PIN' : 'Set a staff PIN'}</h2>
      <p>4 to 8 digits. Anyone who knows it can leave kiosk mode, so keep it to staff.</p>
      <form autocomplete="off" onSubmit={submit}>
        {pinSet ? field('pin-current', 'Current PIN', current, setCurrent) : null}
        {field('pin-new', 'New PIN', pin, setPin)}
        {field('pin-again', 'New PIN again', again, setAgain)}
        {message ? (
          <p
            class={message.ok ? 'notice' : 'notice warning'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        ) : null}
        <button type="submit" class="button">
          Save PIN
        </button>
      </form>
    </section>
  );
}
