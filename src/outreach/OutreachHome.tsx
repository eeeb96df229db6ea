import { useEffect, useState } from 'preact/hooks';
import type { ConfigPayload, PartnershipEvent } from '../../protocol/config';
import type { Form } from '../../protocol/form';
import { isLocale, type Locale } from '../../protocol/locales';
import { PATHS, replaceTo } from '../app/routes';
import { requestSync } from '../app/sync-service';
import { UpdateBanner } from '../app/UpdateBanner';
import { randomId } from '../crypto/random';
import { loadConfig } from '../device/config';
import { loadDraft, type DraftSummary } from '../device/drafts';
import { latestForm, latestFormsFor, offeredForm } from '../forms/catalogue';
import { hasStaffPin } from '../device/staff-pin';
import { getDeviceCredentials, type DeviceCredentials } from '../storage/device-store';
import { setKioskEvent } from '../storage/kiosk-binding';
import { setLock } from '../storage/lock';
import { getSyncStatus } from '../storage/sync-state';
import { AssistedQuestionnaire, type QuestionnaireDraft } from './AssistedQuestionnaire';
import { EMPTY_TALLY } from '../forms/tally';
import { ExitBar, quickExit } from '../kiosk/QuickExit';
import { LanguagePicker } from '../kiosk/LanguagePicker';
import { currentLocale, messages, setLocale, type Messages } from '../i18n';
import {
  chooseStaffLocale,
  getStaffLocale,
  restoreStaffLocale,
  setDocumentLocale,
} from './staff-locale';
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
  /** Shown in whichever language is current, so it follows a change of language. */
  const [notice, setNotice] = useState<(m: Messages) => string>();
  const [locale, setLocaleState] = useState<Locale>(getStaffLocale());
  const [running, setRunning] = useState<Running>();
  const [largerText, setLargerText] = useState(false);
  const [sheet, setSheet] = useState<SheetState>();
  const refresh = () => void readState().then(setState);
  useEffect(() => {
    refresh();
  }, []);
  useEffect(() => {
    document.title = messages().outreachDocTitle;
  }, [locale, running]);

  const chooseLocale = (next: Locale) =>
    // Switch once the strings are there; if they cannot load, stay in the current language.
    void chooseStaffLocale(next).then(
      () => setLocaleState(currentLocale()),
      () => undefined,
    );

  /** Back from an assisted questionnaire (in the respondent's language) to staff's. */
  const endQuestionnaire = (message?: (m: Messages) => string) => {
    void restoreStaffLocale();
    setRunning(undefined);
    if (message) setNotice(() => message);
  };

  const startKiosk = async (eventId?: string) => {
    // The kiosk always starts in the default language, whatever staff were using.
    await setLocale('en').catch(() => undefined);
    setDocumentLocale('en');
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
      setNotice(() => (m: Messages) => m.outreachDraftGone);
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
      setNotice(() => (m: Messages) => m.outreachEventNotCreated);
    }
  };

  // An open sheet is finished with whatever form it was started with, even if the coordinators
  // switched attendance off since; only new sheets and new questionnaires respect the switch.
  const attendanceForm = latestForm(ATTENDANCE_FORM_ID, state?.config?.forms ?? []);
  const disabledForms = state?.config?.settings.disabledForms ?? [];
  const questionnaires = latestFormsFor('assisted', state?.config?.forms ?? [], disabledForms);
  if (sheet && attendanceForm) {
    return (
      <EventSheet
        form={attendanceForm}
        initial={sheet}
        onStartKiosk={(eventId) => void startKiosk(eventId)}
        questionnaires={questionnaires}
        onRunQuestionnaire={(form, eventId) => {
          setSheet(undefined);
          setRunning({
            form,
            draftId: randomId(),
            initial: { answers: {}, locale: 'en', eventId },
          });
        }}
        onClose={(message) => {
          setSheet(undefined);
          setNotice(() => message);
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
          onExit={() => quickExit(() => endQuestionnaire())}
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
              endQuestionnaire(message);
              refresh();
            }}
          />
        </main>
      </>
    );
  }

  const m = messages();
  const ready = Boolean(state?.config && state.pinSet);
  const todo = !state
    ? undefined
    : !state.config && !state.pinSet
      ? m.outreachBeforeKioskBoth
      : !state.config
        ? m.outreachBeforeKioskEnrol
        : !state.pinSet
          ? m.outreachBeforeKioskPin
          : undefined;
  return (
    <>
      <header class="staff-header">
        <strong>{m.outreachHeader}</strong>
      </header>
      <UpdateBanner />
      <main class="page">
        <h1>{m.outreachTitle}</h1>
        <LanguagePicker locale={locale} onChoose={chooseLocale} />
        {notice ? (
          <p class="notice" role="status">
            {notice(m)}
          </p>
        ) : null}
        {state ? (
          <>
            <dl class="status-list">
              <dt>{m.outreachPartnership}</dt>
              <dd>
                {state.config?.partnershipName ??
                  state.device?.partnershipName ??
                  m.outreachNotSetUp}
              </dd>
              <dt>{m.outreachEnrolled}</dt>
              <dd>{state.device ? m.yes : m.no}</dd>
              <dt>{m.outreachConfiguration}</dt>
              <dd>
                {state.config ? m.outreachConfigVersion(state.config.version) : m.outreachNoConfig}
              </dd>
              <dt>{m.pinTitle}</dt>
              <dd>{state.pinSet ? m.outreachPinSet : m.outreachPinNotSet}</dd>
            </dl>
            {state.device ? (
              <SyncPanel onConfigChange={refresh} forms={state.config?.forms ?? []} />
            ) : null}
            {!state.device || state.refused ? (
              <EnrolForm
                onEnrolled={(message) => {
                  setNotice(() => message);
                  refresh();
                  requestSync(); // anything kept while refused goes out now
                }}
              />
            ) : null}
            <section aria-labelledby="kiosk-title">
              <h2 id="kiosk-title">{m.outreachKioskTitle}</h2>
              <p>{m.outreachKioskLead}</p>
              {todo ? <p class="notice">{todo}</p> : null}
              <button
                type="button"
                class="button large"
                disabled={!ready}
                onClick={() => void startKiosk()}
              >
                {m.outreachStartKiosk}
              </button>
            </section>
            {state.config ? (
              <EventsPanel
                configEvents={state.config.events}
                newSheets={Boolean(offeredForm(ATTENDANCE_FORM_ID, state.config))}
                onOpenEvent={(event) => newSheet(event, false)}
                onOpenSheet={setSheet}
                onCreate={(event) => void createEvent(event)}
              />
            ) : null}
            {state.config ? (
              <QuestionnairesPanel
                forms={questionnaires}
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
          <p>{m.outreachLoading}</p>
        )}
      </main>
    </>
  );
}
