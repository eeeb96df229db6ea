import { useEffect, useState } from 'preact/hooks';
import { DevicesResponse, type DeviceInfo } from '../../../protocol/api';
import { ApiFailure, coordinatorJson, coordinatorSend } from '../api';
import { useWorkspace } from '../workspace';
import { EnrolmentCode } from './EnrolmentCode';
import { formatDay } from './format';
import { ManageTable } from './ManageTable';
import './manage.css';

function waiting(device: DeviceInfo): string {
  if (device.waiting === null) return 'Not known';
  if (device.waiting === 0) return 'None';
  return device.waiting === 1 ? '1 response' : `${device.waiting} responses`;
}

/** Tablets: enrol with a one-time code (admins), see when each was last heard from, revoke. */
export function DevicesScreen() {
  const { coordinator } = useWorkspace();
  const isAdmin = coordinator.role === 'admin';
  const [devices, setDevices] = useState<DeviceInfo[]>();
  const [loadProblem, setLoadProblem] = useState('');
  const [confirming, setConfirming] = useState<DeviceInfo>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean }>();
  const [focusId, setFocusId] = useState<string>();

  const load = async () => {
    try {
      const res = await coordinatorJson('/devices', DevicesResponse);
      setDevices(res.devices);
      setLoadProblem('');
    } catch (e) {
      setLoadProblem(
        e instanceof ApiFailure ? e.message : 'The list of tablets could not be read.',
      );
    }
  };
  useEffect(() => void load(), []);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const ask = (device: DeviceInfo | undefined, back?: string) => {
    setConfirming(device);
    setFocusId(device ? 'revoke-keep' : back);
  };

  const revoke = async (device: DeviceInfo) => {
    setBusy(true);
    try {
      await coordinatorSend(`/devices/${encodeURIComponent(device.id)}`, { method: 'DELETE' });
      setOutcome({
        ok: true,
        text: `“${device.name}” is revoked. It can no longer send responses or fetch the configuration; anything still waiting on it stays there, sealed, until it is enrolled again.`,
      });
      setConfirming(undefined);
      await load();
    } catch (e) {
      setOutcome({
        ok: false,
        text: `“${device.name}” was not revoked: ${e instanceof ApiFailure ? e.message : 'something went wrong'}`,
      });
    } finally {
      setBusy(false);
      setFocusId('devices-outcome');
    }
  };

  const sorted = [...(devices ?? [])].sort(
    (a, b) => Number(a.revoked) - Number(b.revoked) || b.lastSeenDay.localeCompare(a.lastSeenDay),
  );

  return (
    <div class="manage-screen">
      <h1>Devices</h1>
      {isAdmin ? <EnrolmentCode onCreated={() => void load()} /> : null}
      <section aria-labelledby="devices-title" class="manage-section">
        <h2 id="devices-title">Enrolled tablets</h2>
        <p>
          “Waiting” is what the tablet said was still to be sent the last time it called. A tablet
          that has not been seen for a while may be switched off, or have lost its connection.
        </p>
        <div id="devices-outcome" class="manage-outcome" tabIndex={-1}>
          <div role="status">{outcome?.ok ? <p class="notice">{outcome.text}</p> : null}</div>
          <div role="alert">
            {outcome && !outcome.ok ? <p class="notice warning">{outcome.text}</p> : null}
            {loadProblem ? (
              <p class="notice warning">The list of tablets could not be read: {loadProblem}</p>
            ) : null}
          </div>
        </div>
        <button type="button" class="button secondary" onClick={() => void load()}>
          Refresh the list
        </button>
        {devices === undefined ? (
          loadProblem ? null : (
            <p>Loading…</p>
          )
        ) : devices.length === 0 ? (
          <p>No tablets are enrolled yet.</p>
        ) : (
          <ManageTable label="Table of enrolled tablets" caption="Enrolled tablets, active first">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Enrolled</th>
                <th scope="col">Last seen</th>
                <th scope="col">Waiting</th>
                <th scope="col">Status</th>
                {isAdmin ? <th scope="col">Action</th> : null}
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td class="manage-day">{formatDay(d.enrolledDay)}</td>
                  <td class="manage-day">{formatDay(d.lastSeenDay)}</td>
                  <td>{waiting(d)}</td>
                  <td>{d.revoked ? <strong class="manage-off">Revoked</strong> : 'Active'}</td>
                  {isAdmin ? (
                    <td>
                      {d.revoked ? null : confirming?.id === d.id ? (
                        <div
                          class="manage-confirm"
                          role="group"
                          aria-labelledby={`revoke-q-${d.id}`}
                        >
                          <p id={`revoke-q-${d.id}`}>
                            Revoke “{d.name}”? It will no longer be able to send responses. This
                            cannot be undone; the tablet would need a new enrolment code.
                          </p>
                          <button
                            type="button"
                            class="button danger"
                            disabled={busy}
                            onClick={() => void revoke(d)}
                          >
                            {busy ? 'Revoking…' : 'Revoke'}
                          </button>
                          <button
                            type="button"
                            class="button secondary"
                            id="revoke-keep"
                            onClick={() => ask(undefined, `revoke-${d.id}`)}
                          >
                            Keep it
                          </button>
                        </div>
                      ) : (
                        <button
                          type="button"
                          class="button secondary danger"
                          id={`revoke-${d.id}`}
                          onClick={() => ask(d)}
                        >
                          Revoke<span class="visually-hidden"> {d.name}</span>
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </ManageTable>
        )}
      </section>
    </div>
  );
}
