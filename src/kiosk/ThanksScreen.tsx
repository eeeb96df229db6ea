import { useEffect } from 'preact/hooks';
import type { Helpline } from '../../protocol/config';
import { messages } from '../i18n';
import { Helplines } from './Helplines';

/** Long enough to note a number down; then the tablet is ready for the next person. */
export const THANKS_SECONDS = 60;

interface Props {
  localHelplines: readonly Helpline[];
  onFinish: () => void;
}

export function ThanksScreen({ localHelplines, onFinish }: Props) {
  const m = messages();
  useEffect(() => {
    const timer = window.setTimeout(onFinish, THANKS_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [onFinish]);
  return (
    <div class="kiosk-screen">
      <h1 tabIndex={-1}>{m.thanksTitle}</h1>
      <p>{m.thanksBody}</p>
      <p>{m.thanksHelp}</p>
      <Helplines local={localHelplines} />
      <div class="actions">
        <button type="button" class="button large" onClick={onFinish}>
          {m.finish}
        </button>
      </div>
    </div>
  );
}
