import { useEffect, useRef, useState } from 'preact/hooks';
import { PATHS } from '../app/routes';
import { messages } from '../i18n';
import { createShiftCounter, PRESSES_TO_EXIT } from './shift-counter';

/**
 * Leave at once: hide the page in this frame, wipe answers, and replace this history entry
 * with the neutral cover screen so Back cannot return to the form.
 */
export function quickExit(wipe: () => void): void {
  document.documentElement.classList.add('hearth-exiting');
  wipe();
  location.replace(PATHS.cover);
}

interface Props {
  onExit: () => void;
  largerText: boolean;
  onToggleText: () => void;
}

/** The sticky exit bar shown on every survivor-facing screen, and the Shift×3 shortcut. */
export function ExitBar({ onExit, largerText, onToggleText }: Props) {
  const m = messages();
  const [status, setStatus] = useState('');
  const counter = useRef(createShiftCounter());
  const exitRef = useRef(onExit);
  exitRef.current = onExit;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const left = counter.current.press(event.key, performance.now());
      if (left === 0) {
        exitRef.current();
      } else {
        setStatus(left < PRESSES_TO_EXIT ? m.exitShiftProgress(left) : '');
      }
    };
    // Capture phase, so a focused input cannot swallow the shortcut.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [m]);

  return (
    <header class="exit-bar">
      <button
        type="button"
        class="button secondary"
        aria-pressed={largerText}
        onClick={onToggleText}
      >
        {m.largerText}
      </button>
      <p class="exit-hint">{m.exitHint}</p>
      <button type="button" class="exit-button" onClick={onExit}>
        {m.exitThisPage}
      </button>
      <div class="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </header>
  );
}
