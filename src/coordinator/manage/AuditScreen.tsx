import { useEffect, useState } from 'preact/hooks';
import {
  AuditResponse,
  CoordinatorsResponse,
  DevicesResponse,
  MAX_AUDIT_PAGE,
  type AuditEntry,
} from '../../../protocol/api';
import { ApiFailure, coordinatorJson } from '../api';
import { ACTION_GROUPS, actionWords, actorName, otherDetails, type Names } from './audit';
import { formatDay } from './format';
import { ManageTable } from './ManageTable';
import './manage.css';

const SHOWN_AT_ONCE = 50;

/** Every entry, following the cursor page by page (the log is read oldest first). */
async function readAll(onProgress: (n: number) => void): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let after: string | null = '0';
  while (after !== null) {
    const page: AuditResponse = await coordinatorJson(
      `/audit?after=${after}&limit=${MAX_AUDIT_PAGE}`,
      AuditResponse,
    );
    entries.push(...page.entries);
    onProgress(entries.length);
    after = page.next;
  }
  return entries;
}

async function readNames(): Promise<Names> {
  const [people, tablets] = await Promise.all([
    coordinatorJson('/coordinators', CoordinatorsResponse),
    coordinatorJson('/devices', DevicesResponse),
  ]);
  return {
    coordinators: new Map(people.coordinators.map((c) => [c.id, c.email])),
    devices: new Map(tablets.devices.map((d) => [d.id, d.name])),
  };
}

/** Who did what, newest first: sign-ins, key unlocks, exports, enrolments, publishes. */
export function AuditScreen() {
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [names, setNames] = useState<Names>({ coordinators: new Map(), devices: new Map() });
  const [read, setRead] = useState(0);
  const [problem, setProblem] = useState('');
  const [group, setGroup] = useState('all');
  const [shown, setShown] = useState(SHOWN_AT_ONCE);

  const load = async () => {
    setProblem('');
    try {
      const [all, found] = await Promise.all([readAll(setRead), readNames()]);
      setEntries(all.reverse());
      setNames(found);
    } catch (e) {
      setProblem(e instanceof ApiFailure ? e.message : 'The audit log could not be read.');
    }
  };
  useEffect(() => void load(), []);

  const actions = ACTION_GROUPS.find((g) => g.label === group)?.actions;
  const matching = (entries ?? []).filter((e) => !actions || actions.includes(e.action));
  const visible = matching.slice(0, shown);

  return (
    <div class="manage-screen">
      <h1>Audit log</h1>
      <p>
        What coordinators and tablets did, newest first. Only the day is kept, never the time or
        where someone was.
      </p>
      <div role="alert">
        {problem ? <p class="notice warning">The audit log could not be read: {problem}</p> : null}
      </div>
      {entries === undefined ? (
        problem ? (
          <button type="button" class="button" onClick={() => void load()}>
            Try again
          </button>
        ) : (
          <p role="status">Reading the log… {read > 0 ? `${read} entries so far.` : ''}</p>
        )
      ) : (
        <>
          <div class="coord-field manage-field">
            <label for="audit-filter">Show</label>
            <select
              id="audit-filter"
              value={group}
              onChange={(e) => {
                setGroup(e.currentTarget.value);
                setShown(SHOWN_AT_ONCE);
              }}
            >
              <option value="all">Everything</option>
              {ACTION_GROUPS.map((g) => (
                <option key={g.label} value={g.label}>
                  {g.label}
                </option>
              ))}
            </select>
          </div>
          <p role="status">
            {matching.length === 0
              ? 'No entries.'
              : `Showing the newest ${visible.length} of ${matching.length} ${matching.length === 1 ? 'entry' : 'entries'}.`}
          </p>
          {visible.length > 0 ? (
            <ManageTable label="Audit entries" caption="Audit entries, newest first">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((e) => (
                  <tr key={e.seq}>
                    <td class="manage-day">{formatDay(e.day)}</td>
                    <td>{actorName(e.actor, names)}</td>
                    <th scope="row">{actionWords(e, names)}</th>
                    <td>{otherDetails(e) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </ManageTable>
          ) : null}
          <div class="manage-entry-actions">
            {visible.length < matching.length ? (
              <button
                type="button"
                class="button secondary"
                onClick={() => setShown((n) => n + SHOWN_AT_ONCE)}
              >
                Show older entries
              </button>
            ) : null}
            <button type="button" class="button secondary" onClick={() => void load()}>
              Refresh
            </button>
          </div>
        </>
      )}
    </div>
  );
}
