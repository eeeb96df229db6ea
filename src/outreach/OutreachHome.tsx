import { useEffect, useState } from 'preact/hooks';
import type { ConfigPayload } from '../../protocol/config';
import { PATHS, replaceTo } from '../app/routes';
import { UpdateBanner } from '../app/UpdateBanner';
import { loadConfig } from '../device/config';
import { hasStaffPin } from '../device/staff-pin';
import { setLock } from '../storage/lock';
import { outboxSummary, type OutboxSummary } from '../storage/outbox';
import { SetupFileForm } from './SetupFileForm';
import { StaffPinForm } from './StaffPinForm';

interface DeviceState {
  config: ConfigPayload | undefined;
  pinSet: boolean;
  outbox: OutboxSummary;
}

async function readState(): Promise<DeviceState> {
  const [config, pinSet, outbox] = await Promise.all([
    loadConfig(),
    hasStaffPin(),
    outboxSummary(),
  ]);
  return { config, pinSet, outbox };
}

/** The worker's home on a tablet: device readiness, the staff PIN, and starting the kiosk. */
export function OutreachHome() {
  const [state, setState] = useState<DeviceState>();
  const refresh = () => void readState().then(setState);
  useEffect(() => {
    document.title = 'Outreach – Hearth';
    refresh();
  }, []);

  const startKiosk = async () => {
    await setLock('kiosk');
    replaceTo(PATHS.kiosk);
  };

  const ready = Boolean(state?.config && state.pinSet);
  return (
    <>
      <header class="staff-header">
        <strong>Hearth · Outreach</strong>
      </header>
      <UpdateBanner />
      <main class="page">
        <h1>This tablet</h1>
        {state ? (
          <>
            <dl class="status-list">
              <dt>Partnership</dt>
              <dd>{state.config ? state.config.partnershipName : 'Not set up yet'}</dd>
              <dt>Configuration</dt>
              <dd>{state.config ? `Version ${state.config.version}` : 'None'}</dd>
              <dt>Staff PIN</dt>
              <dd>{state.pinSet ? 'Set' : 'Not set'}</dd>
              <dt>Waiting to send</dt>
              <dd data-testid="outbox-waiting">
                {state.outbox.waiting === 1 ? '1 response' : `${state.outbox.waiting} responses`}
              </dd>
            </dl>
            <section aria-labelledby="kiosk-title">
              <h2 id="kiosk-title">Survivor feedback kiosk</h2>
              <p>
                Hand the tablet over in kiosk mode. People can only leave it with the quick exit,
                and only the staff PIN gets back to these screens.
              </p>
              {!ready ? (
                <p class="notice">
                  Before starting the kiosk, {state.config ? '' : 'load a setup file and '}
                  {state.pinSet ? '' : 'set a staff PIN'}.
                </p>
              ) : null}
              <button type="button" class="button large" disabled={!ready} onClick={startKiosk}>
                Start kiosk
              </button>
            </section>
            <SetupFileForm onInstalled={refresh} />
            <StaffPinForm pinSet={state.pinSet} onChanged={refresh} />
          </>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    </>
  );
}
