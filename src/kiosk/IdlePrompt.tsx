import { useEffect, useRef } from 'preact/hooks';
import { messages } from '../i18n';

interface Props {
  secondsLeft: number;
  onMoreTime: () => void;
  onLeave: () => void;
}

export function IdlePrompt({ secondsLeft, onMoreTime, onLeave }: Props) {
  const m = messages();
  const moreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => moreRef.current?.focus(), []);
  // Announce only every 5 s so a screen reader is not talked over every second.
  const announce = secondsLeft % 5 === 0 || secondsLeft <= 3;
  return (
    <div class="dialog-backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{m.idleTitle}</h2>
        <p id="idle-body" aria-live={announce ? 'assertive' : 'off'}>
          {m.idleBody(secondsLeft)}
        </p>
        <div class="actions">
          <button ref={moreRef} type="button" class="button large" onClick={onMoreTime}>
            {m.idleMore}
          </button>
          <button type="button" class="button secondary" onClick={onLeave}>
            {m.idleLeave}
          </button>
        </div>
      </div>
    </div>
  );
}
