import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_IDLE_SECONDS } from '../../protocol/defaults';
import { DEFAULT_LOCALE, textDirection, type Locale } from '../../protocol/locales';
import { isUpdateReady, applyUpdate } from '../app/pwa';
import { PATHS, replaceTo } from '../app/routes';
import { useLazy } from '../app/use-lazy';
import { currentLocale, messages, setLocale } from '../i18n';
import { setLock } from '../storage/lock';
import { IdlePrompt } from './IdlePrompt';
import { ExitBar, quickExit } from './QuickExit';
import { StartScreen } from './StartScreen';
import type { RuntimeResult } from './runtime';
import { useIdle } from './use-idle';

// Not needed for the start screen's first paint, but started as soon as this module runs
// (alongside rendering it) so "Start" is ready as early as possible.
const runtimeReady = import('./runtime').then((m) => m.loadKioskRuntime());
const sessionReady = import('./KioskSession').then((m) => m.KioskSession);
const loadPinDialog = () => import('../device/PinDialog').then((m) => m.PinDialog);

const IDLE_COUNTDOWN_S = 20;

/**
 * The survivor feedback kiosk. Answers live only in this component's memory: no URL, no
 * history entry, no storage until the sealed record is committed at "Send".
 */
export function KioskApp() {
  const m = messages();
  const [started, setStarted] = useState(false);
  const [runId, setRunId] = useState(0);
  const [askPin, setAskPin] = useState(false);
  const [largerText, setLargerText] = useState(false);
  const [easyRead, setEasyRead] = useState(false);
  const [runtime, setRuntime] = useState<RuntimeResult>();
  const [locale, setLocaleState] = useState<Locale>(DEFAULT_LOCALE);
  const Session = useLazy(() => sessionReady, true);
  const PinDialog = useLazy(loadPinDialog, askPin);

  useEffect(() => {
    document.title = 'Hearth';
    void runtimeReady.then((r) => {
      setRuntime(r);
      // Only a device with a staff PIN can be locked, or nobody could ever leave.
      if (r.ok) void setLock('kiosk');
      // Responses go out quietly in the background; the kiosk never shows sync state.
      void import('../app/sync-service').then((m) => m.startSyncTriggers());
    });
    // bfcache could otherwise restore a page with answers on it: always start afresh.
    const onShow = (e: PageTransitionEvent) => e.persisted && location.reload();
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('larger-text', largerText);
  }, [largerText]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  const chooseLocale = (next: Locale) =>
    // Switch once the strings are there; if they cannot load, stay in the current language.
    void setLocale(next).then(
      // The last choice wins when two overlap: record whatever is current now.
      () => setLocaleState(currentLocale()),
      () => undefined,
    );

  /** Forget this respondent entirely and show the start screen. */
  const reset = useCallback(() => {
    setStarted(false);
    setRunId((n) => n + 1); // a new key drops the session component and its answers
    setLargerText(false);
    setEasyRead(false);
    chooseLocale(DEFAULT_LOCALE); // the next person starts from the default language
    // A waiting update is safe to apply now: nobody's answers are on screen.
    if (isUpdateReady()) applyUpdate();
  }, []);

  const exit = useCallback(() => quickExit(() => setRunId((n) => n + 1)), []);
  const idleSeconds = runtime?.ok
    ? runtime.runtime.config.settings.idleSeconds
    : DEFAULT_IDLE_SECONDS;
  const idle = useIdle(started, idleSeconds * 1000, IDLE_COUNTDOWN_S, reset);

  const notReady = runtime && !runtime.ok ? m.notReady : undefined;

  return (
    <>
      <ExitBar
        onExit={exit}
        largerText={largerText}
        onToggleText={() => setLargerText((v) => !v)}
      />
      <main id="main">
        {started && Session && runtime?.ok ? (
          <Session
            key={runId}
            runtime={runtime.runtime}
            locale={locale}
            easyRead={easyRead}
            onDone={reset}
          />
        ) : (
          <StartScreen
            ready={Boolean(Session && runtime?.ok)}
            notReadyReason={notReady}
            onStart={() => setStarted(true)}
            onStaff={() => setAskPin(true)}
            locale={locale}
            onLocale={chooseLocale}
            easyRead={runtime?.ok && runtime.runtime.easyRead ? easyRead : undefined}
            onEasyRead={() => setEasyRead((v) => !v)}
          />
        )}
      </main>
      {idle.secondsLeft !== null ? (
        <IdlePrompt secondsLeft={idle.secondsLeft} onMoreTime={idle.extend} onLeave={reset} />
      ) : null}
      {askPin && PinDialog ? (
        <PinDialog
          onCancel={() => setAskPin(false)}
          onSuccess={async () => {
            await setLock(undefined);
            replaceTo(PATHS.outreach);
          }}
        />
      ) : null}
    </>
  );
}
