import { useEffect, useState } from 'preact/hooks';
import { useLazy } from '../app/use-lazy';
import { enrol, EnrolError } from '../device/enrol';
import { enrolErrorText } from './device-errors';
import { messages, type Messages } from '../i18n';
import { canScanQr, parseEnrolLink, type EnrolLink } from './enrol-link';

const loadScanner = () => import('./QrScanner').then((m) => m.QrScanner);

/** Enrol this tablet with the one-time code from the coordinator (typed, linked or scanned). */
export function EnrolForm({
  onEnrolled,
}: {
  onEnrolled: (message: (m: Messages) => string) => void;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [thumbprint, setThumbprint] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [scanning, setScanning] = useState(false);
  const Scanner = useLazy(loadScanner, scanning);
  const m = messages();

  useEffect(() => {
    // An enrolment link (from the QR code) pre-fills the form; the code is then taken out
    // of the address bar and history at once.
    const link = parseEnrolLink(location.href);
    if (!link) return;
    history.replaceState(null, '', location.pathname);
    use(link);
  }, []);

  const use = (link: EnrolLink) => {
    setCode(link.code);
    setThumbprint(link.thumbprint);
    setScanning(false);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await enrol(code, name, thumbprint);
      const { partnershipName, persistent, configProblem } = result;
      // The form goes away once enrolled; the page shows this message in its place, in
      // whichever language is current when it is shown.
      onEnrolled((t) =>
        [
          t.enrolDone(partnershipName),
          persistent ? '' : t.enrolNotPersistent,
          configProblem ? t.enrolConfigProblem(configProblem) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (err) {
      setMessage({
        ok: false,
        text:
          err instanceof EnrolError ? enrolErrorText(messages(), err.code) : messages().enrolFailed,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{m.enrolTitle}</h2>
      <p>{m.enrolLead}</p>
      <form autocomplete="off" onSubmit={submit}>
        <p>
          <label for="enrol-code">{m.enrolCode}</label>
          <input
            id="enrol-code"
            type="text"
            autocapitalize="characters"
            spellcheck={false}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </p>
        <p>
          <label for="enrol-name">{m.enrolName}</label>
          <span class="hint" id="enrol-name-hint">
            {m.enrolNameHint}
          </span>
          <input
            id="enrol-name"
            type="text"
            maxLength={60}
            aria-describedby="enrol-name-hint"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </p>
        {thumbprint ? <p class="hint">{m.enrolKeyCheck}</p> : null}
        {message ? (
          <p
            class={message.ok ? 'notice' : 'notice warning'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="button" disabled={busy || code.trim() === ''}>
            {busy ? m.enrolBusy : m.enrolButton}
          </button>
          {canScanQr() ? (
            <button type="button" class="button secondary" onClick={() => setScanning(true)}>
              {m.enrolScan}
            </button>
          ) : null}
        </div>
      </form>
      {scanning && Scanner ? <Scanner onFound={use} onClose={() => setScanning(false)} /> : null}
    </section>
  );
}
