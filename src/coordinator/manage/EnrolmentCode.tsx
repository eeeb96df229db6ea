import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_CODE_HOURS,
  EnrolmentCodeResponse,
  MAX_CODE_HOURS,
  MIN_CODE_HOURS,
  type EnrolmentCodeRequest,
} from '../../../protocol/api';
import { ApiFailure, coordinatorJson } from '../api';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/Field';
import { issueFor, type FieldIssue } from '../ui/issues';
import { codeGroups, fingerprintGroups, formatDateTime, spelledOut } from './format';
import { NumberField } from './NumberField';
import { qrDrawing } from './qr';

const LABEL_ID = 'code-label';
const HOURS_ID = 'code-hours';

/** The code, its QR and its fingerprint, for the person holding the tablet. */
function CodeCard({ code, onHide }: { code: EnrolmentCodeResponse; onHide(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => headingRef.current?.focus(), [code]);
  const qr = qrDrawing(code.enrolUrl);
  const copy = () =>
    navigator.clipboard.writeText(code.enrolUrl).then(
      () => setCopied('Link copied.'),
      () => setCopied('This browser did not allow copying: select the link and copy it instead.'),
    );

  return (
    <section class="card manage-code-card" aria-labelledby="new-code-title">
      <h3 id="new-code-title" tabIndex={-1} ref={headingRef}>
        One-time enrolment code
      </h3>
      <p class="manage-enrol-code">
        <span aria-hidden="true">
          {codeGroups(code.code).map((group) => (
            <span key={group} class="manage-code-group">
              {group}
            </span>
          ))}
        </span>
        <span class="visually-hidden">{spelledOut(code.code)}</span>
      </p>
      <p>
        Type it under “Enrol this tablet” on the tablet’s Outreach page, or scan the QR code. It
        works once and expires on <strong>{formatDateTime(code.expiresAt)}</strong>.
      </p>
      <figure class="manage-qr">
        <svg
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-labelledby="qr-caption"
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
        <figcaption id="qr-caption">
          QR code of the enrolment link. The same link as text:{' '}
          <code class="manage-url">{code.enrolUrl}</code>
        </figcaption>
      </figure>
      <div class="manage-entry-actions">
        <button type="button" class="button secondary" onClick={() => void copy()}>
          Copy the link
        </button>
        <button type="button" class="button secondary" onClick={onHide}>
          Done: hide this code
        </button>
      </div>
      <p role="status" class="hint">
        {copied}
      </p>
      <h4>Signing-key fingerprint</h4>
      <p>
        A tablet enrolled by link or QR code checks that the partnership’s signing key has this
        fingerprint, and from then on trusts only configurations signed with it.
      </p>
      <p class="manage-code manage-fingerprint">{fingerprintGroups(code.signingKeyThumbprint)}</p>
    </section>
  );
}

/** Creates a one-time code for enrolling a tablet (admins). */
export function EnrolmentCode({ onCreated }: { onCreated(): void }) {
  const [label, setLabel] = useState('');
  const [hours, setHours] = useState(String(DEFAULT_CODE_HOURS));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<EnrolmentCodeResponse>();

  const create = async (e: Event) => {
    e.preventDefault();
    setProblem('');
    const found: FieldIssue[] = [];
    const n = /^\s*\d{1,3}\s*$/.test(hours) ? Number(hours) : NaN;
    if (!(n >= MIN_CODE_HOURS && n <= MAX_CODE_HOURS)) {
      found.push({
        targetId: HOURS_ID,
        message: `Enter how long the code works as ${MIN_CODE_HOURS} to ${MAX_CODE_HOURS} hours`,
      });
    }
    if (label.trim().length > 100) {
      found.push({ targetId: LABEL_ID, message: 'The label must be 100 characters or fewer' });
    }
    setIssues(found);
    if (found.length > 0) return;
    const body: EnrolmentCodeRequest = { expiresInHours: n };
    if (label.trim()) body.label = label.trim();
    setBusy(true);
    try {
      setCode(
        await coordinatorJson('/enrolment-codes', EnrolmentCodeResponse, { method: 'POST', body }),
      );
      onCreated();
    } catch (err) {
      setProblem(
        err instanceof ApiFailure ? `No code was created: ${err.message}` : 'No code was created.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="enrol-title" class="manage-section">
      <h2 id="enrol-title">Enrol a tablet</h2>
      <ErrorSummary issues={issues} id="manage-errors" />
      <form onSubmit={(e) => void create(e)} noValidate autocomplete="off">
        <TextField
          id={LABEL_ID}
          label="Label (optional)"
          class="manage-field"
          hint="Which tablet it is for, e.g. “Outreach tablet 3”. Recorded in the audit log."
          value={label}
          onInput={setLabel}
          error={issueFor(issues, LABEL_ID)}
          input={{ type: 'text' }}
        />
        <NumberField
          id={HOURS_ID}
          label="Hours the code works"
          hint={`From ${MIN_CODE_HOURS} to ${MAX_CODE_HOURS}.`}
          value={hours}
          onInput={setHours}
          error={issueFor(issues, HOURS_ID)}
        />
        <button type="submit" class="button" id="code-create" disabled={busy}>
          {busy ? 'Creating…' : 'Create enrolment code'}
        </button>
      </form>
      <div role="alert">{problem ? <p class="notice warning">{problem}</p> : null}</div>
      {code ? (
        <CodeCard
          code={code}
          onHide={() => {
            setCode(undefined);
            document.getElementById('code-create')?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
