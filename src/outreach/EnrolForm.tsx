import { useEffect, useState } from 'preact/hooks';
import { useLazy } from '../app/use-lazy';
import { enrol, EnrolError } from '../device/enrol';
import { canScanQr, parseEnrolLink, type EnrolLink } from './enrol-link';

const loadScanner = () => import('./QrScanner').then((m) => m.QrScanner);

/** Enrol this tablet with the one-time code from the coordinator (typed, linked or scanned). */
export function EnrolForm({ onEnrolled }: { onEnrolled: (message: string) => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [thumbprint, setThumbprint] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [scanning, setScanning] = useState(false);
  const Scanner = useLazy(loadScanner, scanning);

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
      const notes = [
        `Enrolled with ${result.partnershipName}.`,
        result.persistent
          ? ''
          : 'The browser did not promise to keep this tablet’s data: install Hearth to the home screen.',
        result.configProblem ? `The forms could not be loaded yet: ${result.configProblem}` : '',
      ];
      // The form goes away once enrolled; the page shows this message in its place.
      onEnrolled(notes.filter(Boolean).join(' '));
    } catch (err) {
      setMessage({
        ok: false,
        text: err instanceof EnrolError ? err.message : 'Enrolment failed. Nothing was saved.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">Enrol this tablet</h2>
      <p>
        Your coordinator creates a one-time code in Hearth. Enrolling connects this tablet to your
        partnership so responses can be sent. It needs a connection once.
      </p>
      <form autocomplete="off" onSubmit={submit}>
        <p>
          <label for="enrol-code">Enrolment code</label>
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
          <label for="enrol-name">Name for this tablet (optional)</label>
          <span class="hint" id="enrol-name-hint">
            For example “Blue tablet”. Do not use a person’s name.
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
        {thumbprint ? (
          <p class="hint">The partnership key will be checked against the QR code.</p>
        ) : null}
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
            {busy ? 'Enrolling…' : 'Enrol'}
          </button>
          {canScanQr() ? (
            <button type="button" class="button secondary" onClick={() => setScanning(true)}>
              Scan QR code
            </button>
          ) : null}
        </div>
      </form>
      {scanning && Scanner ? <Scanner onFound={use} onClose={() => setScanning(false)} /> : null}
    </section>
  );
}
