import type { Helpline } from '../../protocol/config';
import { messages } from '../i18n';
import { Helplines } from './Helplines';

interface Props {
  localHelplines: readonly Helpline[];
  onContinue: () => void;
}

/** What happens to the answers, how to leave quickly, and where help is, before any question. */
export function IntroScreen({ localHelplines, onContinue }: Props) {
  const m = messages();
  return (
    <div class="kiosk-screen">
      <h1 tabIndex={-1}>{m.introTitle}</h1>
      <p>{m.introAnonymous}</p>
      <p>{m.introSkip}</p>
      <p class="notice">{m.introExit}</p>
      <p>
        <strong>{m.introNotRealTime}</strong>
      </p>
      <div class="actions">
        <button type="button" class="button large" onClick={onContinue}>
          {m.continue}
        </button>
      </div>
      <Helplines local={localHelplines} />
    </div>
  );
}
