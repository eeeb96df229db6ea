import { useEffect, useState } from 'preact/hooks';
import { PATHS, replaceTo } from '../app/routes';
import { useLazy } from '../app/use-lazy';
import { setLock } from '../storage/lock';

const loadPinDialog = () => import('../device/PinDialog').then((m) => m.PinDialog);

/**
 * The neutral screen a quick exit lands on: a plain clock, nothing about abuse or support.
 * It locks the device so a reload or a typed URL cannot reach the form again; only the
 * staff PIN leaves it.
 */
export function CoverScreen() {
  const [now, setNow] = useState(() => new Date());
  const [askPin, setAskPin] = useState(false);
  const PinDialog = useLazy(loadPinDialog, askPin);

  useEffect(() => {
    document.title = 'Today';
    void setLock('cover');
    const timer = window.setInterval(() => setNow(new Date()), 10_000);
    return () => window.clearInterval(timer);
  }, []);

  const time = now.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const day = now.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });

  return (
    <main class="cover">
      <div>
        <h1 class="visually-hidden">Today</h1>
        <p class="clock">{time}</p>
        <p>{day}</p>
      </div>
      <button type="button" class="button link staff" onClick={() => setAskPin(true)}>
        Staff
      </button>
      {askPin && PinDialog ? (
        <PinDialog
          onCancel={() => setAskPin(false)}
          onSuccess={async () => {
            await setLock(undefined);
            replaceTo(PATHS.outreach);
          }}
        />
      ) : null}
    </main>
  );
}
