import { useEffect, useState } from 'preact/hooks';
import type { ConfigPayload, PartnershipEvent } from '../../protocol/config';
import type { Form } from '../../protocol/form';
import { isLocale, type Locale } from '../../protocol/locales';
import { PATHS, replaceTo } from '../app/routes';
import { requestSync } from '../app/sync-service';
import { UpdateBanner } from '../app/UpdateBanner';
import { loadConfig } from '../device/config';
import { loadDraft, type DraftSummary } from '../device/drafts';
import { latestForm, latestFormsFor } from '../forms/catalogue';
import { hasStaffPin } from '../device/staff-pin';
import { getDeviceCredentials, type DeviceCredentials } from '../storage/device-store';
import { setKioskEvent } from '../storage/kiosk-binding';
import { setLock } from '../storage/lock';
import { getSyncStatus } from '../storage/sync-state';
import { AssistedQuestionnaire, type QuestionnaireDraft } from './AssistedQuestionnaire';
import { EMPTY_TALLY } from '../forms/tally';
import { ExitBar, quickExit } from '../kiosk/QuickExit';
import { EventSheet } from './EventSheet';
import { ATTENDANCE_FORM_ID, type SheetState } from './event-sheet-state';
import { EventsPanel } from './EventsPanel';
import { EnrolForm } from './EnrolForm';
import { QuestionnairesPanel } from './QuestionnairesPanel';
import { configSubmitter } from './submitter';
import { SetupFileForm } from './SetupFileForm';
import { StaffPinForm } from './StaffPinForm';
import { SyncPanel } from './SyncPanel';

interface DeviceState {
  config: ConfigPayload | undefined;
  pinSet: boolean;
  device: DeviceCredentials | undefined;
  /** The server refuses this tablet: offer enrolling again (records are kept). */
  refused: boolean;
}

async function readState(): Promise<DeviceState> {
  const [config, pinSet, device, sync] = await Promise.all([
    loadConfig(),
    hasStaffPin(),
    getDeviceCredentials(),
    getSyncStatus(),
  ]);
  return { config, pinSet, device, refused: sync.stopped !== undefined };
}

type Running = { form: Form; draftId: string; initial: QuestionnaireDraft };

/** A paused questionnaire's content, checked loosely: anything odd starts it afresh. */
function asDraft(value: unknown): QuestionnaireDraft {
  const v = (value ?? {}) as Partial<QuestionnaireDraft>;
  return {
    answers: typeof v.answers === 'object' && v.answers !== null ? v.answers : {},
    locale: isLocale(v.locale) ? v.locale : 'en',
    ...(typeof v.eventId === 'string' ? { eventId: v.eventId } : {}),
  };
}

/** The worker's home on a tablet: enrolment, sending, questionnaires, the staff PIN, kiosk. */
export function OutreachHome() {
  const [state, setState] = useState<DeviceState>();
  const [notice, setNotice] = useState<string>();
  const [running, setRunning] = useState<Running>();
  const [largerText, setLargerText] = useState(false);
  const [sheet, setSheet] = useState<SheetState>();
  const refresh = () => void readState().then(setState);
  useEffect(() => {
    document.title = 'Outreach – Hearth';
    refresh();
  }, []);

  const startKiosk = async (eventId?: string) => {
    await setKioskEvent(eventId);
    await setLock('kiosk');
    replaceTo(PATHS.kiosk);
  };

  const resume = async (draft: DraftSummary) => {
    try {
      const loaded = await loadDraft(draft.id);
      const form = latestForm(draft.formId, state?.config?.forms ?? []);
      if (!loaded || !form) throw new Error('gone');
      setRunning({ form, draftId: draft.id, initial: asDraft(loaded.value) });
    } catch {
      setNotice(
        'That paused questionnaire cannot be opened on this tablet any more. You can discard it.',
      );
    }
  };

  const newSheet = (event: PartnershipEvent, createdOnDevice: boolean) =>
    setSheet({
      event,
      createdOnDevice,
      answers: event.area ? { area: event.area } : {},
      tally: EMPTY_TALLY,
    });

  // A device-made event is sealed at once, so the coordinator learns of it even if its
  // sheet is never closed; its details stay on the tablet only inside the encrypted sheet.
  const createEvent = async (event: PartnershipEvent) => {
    try {
      await (await configSubmitter()).submit({ v: 1, kind: 'event', day: event.day, event });
      newSheet(event, true);
    } catch {
      setNotice('The event could not be created: this tablet cannot seal records yet.');
    }
  };

  const attendanceForm = latestForm(ATTENDANCE_FORM_ID, state?.config?.forms ?? []);
  if (sheet && attendanceForm) {
    return (
      <EventSheet
        form={attendanceForm}
        initial={sheet}
        onStartKiosk={(eventId) => void startKiosk(eventId)}
        onClose={(message) => {
          setSheet(undefined);
          setNotice(message);
          refresh();
        }}
      />
    );
  }

  if (running) {
    // An Expert by Experience is a survivor: the same quick exit as the kiosk.
    return (
      <>
        <ExitBar
          onExit={() => quickExit(() => setRunning(undefined))}
          largerText={largerText}
          onToggleText={() => {
            document.documentElement.classList.toggle('larger-text', !largerText);
            setLargerText(!largerText);
          }}
        />
        <main>
          <AssistedQuestionnaire
            {...running}
            onClose={(message) => {
              setRunning(undefined);
              setNotice(message);
              refresh();
            }}
          />
        </main>
      </>
    );
  }

  const ready = Boolean(state?.config && state.pinSet);
  const todo = state
    ? [
        state.config ? '' : 'enrol it (or load a setup file)',
        state.pinSet ? '' : 'set a staff PIN',
      ].filter(Boolean)
    : [];
  return (
    <>
      <header class="staff-header">
        <strong>Hearth · Outreach</strong>
      </header>
      <UpdateBanner />
      <main class="page">
        <h1>This tablet</h1>
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        {state ? (
          <>
            <dl class="status-list">
              <dt>Partnership</dt>
              <dd>
                {state.config?.partnershipName ?? state.device?.partnershipName ?? 'Not set up yet'}
              </dd>
              <dt>Enrolled</dt>
              <dd>{state.device ? 'Yes' : 'No'}</dd>
              <dt>Configuration</dt>
              <dd>{state.config ? `Version ${state.config.version}` : 'None yet'}</dd>
              <dt>Staff PIN</dt>
              <dd>{state.pinSet ? 'Set' : 'Not set'}</dd>
            </dl>
            {state.device ? <SyncPanel onConfigChange={refresh} /> : null}
            {!state.device || state.refused ? (
              <EnrolForm
                onEnrolled={(message) => {
                  setNotice(message);
                  refresh();
                  requestSync(); // anything kept while refused goes out now
                }}
              />
            ) : null}
            <section aria-labelledby="kiosk-title">
              <h2 id="kiosk-title">Survivor feedback kiosk</h2>
              <p>
                Hand the tablet over in kiosk mode. People can only leave it with the quick exit,
                and only the staff PIN gets back to these screens.
              </p>
              {todo.length > 0 ? (
                <p class="notice">Before starting the kiosk, {todo.join(' and ')}.</p>
              ) : null}
              <button
                type="button"
                class="button large"
                disabled={!ready}
                onClick={() => void startKiosk()}
              >
                Start kiosk
              </button>
            </section>
            {state.config ? (
              <EventsPanel
                configEvents={state.config.events}
                onOpenEvent={(event) => newSheet(event, false)}
                onOpenSheet={setSheet}
                onCreate={(event) => void createEvent(event)}
              />
            ) : null}
            {state.config ? (
              <QuestionnairesPanel
                forms={latestFormsFor('assisted', state.config.forms)}
                onStart={(form, draftId, locale: Locale) =>
                  setRunning({ form, draftId, initial: { answers: {}, locale } })
                }
                onResume={(draft) => void resume(draft)}
              />
            ) : null}
            <StaffPinForm pinSet={state.pinSet} onChanged={refresh} />
            {state.device ? null : <SetupFileForm onInstalled={refresh} />}
          </>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    </>
  );
}
