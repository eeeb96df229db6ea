// Interface strings, English. Other locales (issue 4) mirror these keys and are loaded only
// when chosen. Plain words: survivors read these on a shared tablet, often in a hurry.
export const en = {
  exitThisPage: 'Exit this page',
  exitHint: 'Or press Shift 3 times',
  exitShiftProgress: (left: number) =>
    left === 1
      ? 'Shift pressed. Press Shift 1 more time to exit.'
      : `Shift pressed. Press Shift ${left} more times to exit.`,
  largerText: 'Larger text',
  normalText: 'Normal text',
  startTitle: 'Tell us about the support you got',
  startLead: 'It takes about 5 minutes. You do not have to give your name.',
  startButton: 'Start',
  staff: 'Staff',
  notReady: 'This tablet is not ready yet. Please ask a member of staff.',
  introTitle: 'Before you start',
  introAnonymous:
    'Your answers are anonymous. We do not ask for your name, and we do not record anything that could identify this tablet or the time you took part.',
  introNotRealTime:
    'Nobody reads your answers straight away. If you need help now, use the numbers below.',
  introSkip: 'You can skip any question.',
  introExit:
    'If you need to leave quickly, press the red "Exit this page" button at the top, or press the Shift key 3 times. The screen will clear and your answers will be deleted.',
  emergency: 'In an emergency call 999.',
  silentCall: 'If you cannot speak, call 999 from a mobile and press 55 when asked.',
  continue: 'Continue',
  back: 'Back',
  send: 'Send my answers',
  sending: 'Saving your answers…',
  pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
  errorSummaryTitle: 'There is a problem',
  saveFailed:
    'Your answers could not be saved on this tablet. Please tell a member of staff. Your answers have not been sent anywhere.',
  thanksTitle: 'Thank you',
  thanksBody: 'Your answers have been saved. They will help make support better for other people.',
  thanksHelp: 'If you want to talk to someone:',
  finish: 'Finish',
  helplinesTitle: 'Help and support',
  localServices: 'Local services',
  idleTitle: 'Do you need more time?',
  idleBody: (seconds: number) =>
    `Your answers will be deleted in ${seconds} seconds, to keep them private.`,
  idleMore: 'Yes, I need more time',
  idleLeave: 'No, delete my answers',
  charactersLeft: (n: number) =>
    n === 1 ? 'You have 1 character left' : `You have ${n} characters left`,
  charactersOver: (n: number) =>
    n === 1 ? 'You have 1 character too many' : `You have ${n} characters too many`,
  preferNotToSay: 'Prefer not to say',
  yes: 'Yes',
  no: 'No',
  agree: 'I agree',
  addOne: (label: string) => `Add one to ${label}`,
  removeOne: (label: string) => `Take one away from ${label}`,
  pinTitle: 'Staff PIN',
  pinLabel: 'Enter the staff PIN',
  pinWrong: 'That PIN is not right. Try again.',
  pinLocked: (s: number) => `Too many tries. Wait ${s} seconds and try again.`,
  pinOk: 'OK',
  pinCancel: 'Cancel',
  pinClear: 'Clear',
  pinDelete: 'Delete',
  easyRead: 'Easy read',
  easyReadOn: 'Easy read: on',

  // Staff screens (outreach). Staff read these; English texts are matched by the e2e tests.
  outreachDocTitle: 'Outreach – Hearth',
  outreachHeader: 'Hearth · Outreach',
  outreachTitle: 'This tablet',
  outreachLoading: 'Loading…',
  outreachDraftGone:
    'That paused questionnaire cannot be opened on this tablet any more. You can discard it.',
  outreachEventNotCreated: 'The event could not be created: this tablet cannot seal records yet.',
  outreachPartnership: 'Partnership',
  outreachNotSetUp: 'Not set up yet',
  outreachEnrolled: 'Enrolled',
  outreachConfiguration: 'Configuration',
  outreachConfigVersion: (version: number) => `Version ${version}`,
  outreachNoConfig: 'None yet',
  outreachPinSet: 'Set',
  outreachPinNotSet: 'Not set',
  outreachKioskTitle: 'Survivor feedback kiosk',
  outreachKioskLead:
    'Hand the tablet over in kiosk mode. People can only leave it with the quick exit, and only the staff PIN gets back to these screens.',
  outreachBeforeKioskBoth:
    'Before starting the kiosk, enrol it (or load a setup file) and set a staff PIN.',
  outreachBeforeKioskEnrol: 'Before starting the kiosk, enrol it (or load a setup file).',
  outreachBeforeKioskPin: 'Before starting the kiosk, set a staff PIN.',
  outreachStartKiosk: 'Start kiosk',

  syncTitle: 'Sending responses',
  syncRevoked: (n: number) =>
    `This tablet has been switched off by your coordinator, so it cannot send responses. The ${n} ${n === 1 ? 'response' : 'responses'} on it are kept safely (encrypted). Ask your coordinator what to do: do not clear this tablet’s data.`,
  syncUnauthenticated:
    'The server does not recognise this tablet any more, so it cannot send responses. Nothing has been deleted. Ask your coordinator to check the tablet’s enrolment.',
  syncWaiting: 'Waiting to send',
  syncResponses: (n: number) => `${n} ${n === 1 ? 'response' : 'responses'}`,
  syncByForm: 'On this tablet, by form',
  syncEvents: 'Events',
  syncKeptAside: 'Kept aside',
  syncConflicts: (n: number) =>
    `${n} ${n === 1 ? 'response' : 'responses'} clashed with one already on the server and were kept on this tablet. Tell your coordinator.`,
  syncRefused: 'Refused',
  syncRejected: (n: number) =>
    `${n} ${n === 1 ? 'response' : 'responses'} refused by the server and kept on this tablet. Tell your coordinator.`,
  syncLastSent: 'Last sent',
  syncNever: 'Never',
  syncTodayAt: (time: string) => `Today at ${time}`,
  syncDayAt: (day: string, time: string) => `${day} at ${time}`,
  syncLastProblem: 'Last problem',
  syncTryingAgain: (when: string) => `Trying again ${when}.`,
  syncStorage: 'Storage',
  syncPersistent: 'Kept by the browser (persistent)',
  syncNotPersistent: 'Not persistent: the browser may clear it if space runs low',
  syncUsed: (used: string, quota: string) => `${used} of ${quota} used`,
  syncHomeScreen:
    'On an iPad, add Hearth to the Home Screen (Share, then “Add to Home Screen”) and use it from there, or Safari may delete unsent responses after a few weeks.',
  syncProgress: (sent: number, total: number) => `Sending ${sent} of ${total}`,
  syncSending: 'Sending…',
  syncSendNow: 'Send now',

  updateReady: 'A new version of Hearth is ready.',
  updateNow: 'Update now',

  pinFormLocked: (s: number) => `Too many tries. Wait ${s} seconds.`,
  pinFormCurrentWrong: 'The current PIN is not right.',
  pinFormPattern: 'The new PIN must be 4 to 8 digits.',
  pinFormMismatch: 'The two new PINs are not the same.',
  pinFormSaved: 'Staff PIN saved.',
  pinFormChangeTitle: 'Change the staff PIN',
  pinFormSetTitle: 'Set a staff PIN',
  pinFormLead: '4 to 8 digits. Anyone who knows it can leave kiosk mode, so keep it to staff.',
  pinFormCurrent: 'Current PIN',
  pinFormNew: 'New PIN',
  pinFormAgain: 'New PIN again',
  pinFormSave: 'Save PIN',

  setupDone: (name: string, version: number) =>
    `Set up for ${name} (configuration version ${version}).`,
  setupUnreadable: 'That file could not be read.',
  setupUnchanged: (problem: string) => `${problem} Nothing on this tablet was changed.`,
  setupTitle: 'Set up from a file',
  setupLead:
    'Your coordinator can give you a Hearth setup file. It holds your partnership’s public key and forms, and is checked before it is used.',
  setupFile: 'Setup file',

  enrolDone: (name: string) => `Enrolled with ${name}.`,
  enrolNotPersistent:
    'The browser did not promise to keep this tablet’s data: install Hearth to the home screen.',
  enrolConfigProblem: (problem: string) => `The forms could not be loaded yet: ${problem}`,
  enrolFailed: 'Enrolment failed. Nothing was saved.',
  enrolTitle: 'Enrol this tablet',
  enrolLead:
    'Your coordinator creates a one-time code in Hearth. Enrolling connects this tablet to your partnership so responses can be sent. It needs a connection once.',
  enrolCode: 'Enrolment code',
  enrolName: 'Name for this tablet (optional)',
  enrolNameHint: 'For example “Blue tablet”. Do not use a person’s name.',
  enrolKeyCheck: 'The partnership key will be checked against the QR code.',
  enrolBusy: 'Enrolling…',
  enrolButton: 'Enrol',
  enrolScan: 'Scan QR code',
  qrCameraFailed: 'The camera could not be used. Type the code instead.',
  qrCameraView: 'Camera view',
  qrStop: 'Stop scanning',

  questionnairesTitle: 'Questionnaires',
  questionnairesLead:
    'Run a questionnaire with someone. You can pause and come back to it; it stays encrypted on this tablet.',
  questionnairesLanguage: 'Language',
  questionnaireStart: (title: string) => `Start “${title}”`,
  questionnairesPaused: 'Paused',
  questionnairePausedOn: (day: string) => `paused ${day}`,
  questionnaireResume: (title: string) => `Resume “${title}”`,
  questionnaireDiscard: 'Discard',
  questionnairePause: 'Pause',
  questionnaireWasPaused: (title: string) =>
    `“${title}” paused. It is kept encrypted on this tablet.`,
  questionnaireWasDiscarded: (title: string) => `“${title}” discarded.`,
  questionnaireWasSent: (title: string) => `“${title}” sent to the outbox (sealed).`,
  questionnaireSaveFailed:
    'The answers could not be saved. They are still here and in the paused draft.',
  questionnaireDiscardTitle: 'Discard these answers?',
  questionnaireDiscardBody: 'They will be deleted from this tablet and never sent.',
  questionnaireDiscardConfirm: 'Discard answers',
  questionnaireKeep: 'Keep them',

  eventsTitle: 'Events today',
  eventsNone: 'No events yet today.',
  eventsSheetOpen: 'sheet open',
  eventsOpen: (name: string) => `Open “${name}”`,
  eventsCreateTitle: 'Create an event',
  eventsName: 'Event name',
  eventsNameHint:
    'What it is and where, e.g. “Market stall, High Street”. Never a person’s name or a refuge address.',
  eventsNameMissing: 'Give the event a name, for example “Market stall”.',
  eventsArea: 'Area or ward (optional)',
  eventsCreate: 'Create event',

  sheetBack: 'Back to events',
  sheetSavedHint: 'saved on this tablet as you go (encrypted)',
  sheetQuestionnaires: 'Questionnaires at this event',
  sheetStartKiosk: 'Start kiosk for this event',
  sheetUndo: 'Undo last tally',
  sheetClose: 'Close event',
  sheetCloseTitle: (name: string) => `Close “${name}”?`,
  sheetCloseBody: 'The attendance sheet is sealed and sent. It cannot be changed after that.',
  sheetCloseConfirm: 'Close and send',
  sheetKeepOpen: 'Keep it open',
  sheetClosed: (name: string) => `“${name}” closed. Its attendance sheet is sealed in the outbox.`,
  sheetKeptOpen: (name: string) => `“${name}” kept open.`,
  sheetSealFailed: 'The sheet could not be sealed. It is still saved on this tablet; try again.',
  enrolErrAlready: 'This tablet is already enrolled.',
  enrolErrInvalidCode:
    'That code did not work. It may be mistyped, already used or expired. Ask your coordinator for a new one.',
  enrolErrRateLimited: 'Too many tries. Wait a minute and try again.',
  enrolErrUnreachable: 'The server cannot be reached. Enrolling needs a connection once.',
  enrolErrFailed: 'Enrolment did not work. Nothing was saved. Try again, or ask your coordinator.',
  enrolErrKeyMismatch:
    'The server’s partnership key does not match the QR code. Nothing was saved. Tell your coordinator.',
  enrolErrOtherPartnership:
    'This tablet is already set up for a different partnership. Nothing was saved.',
  configErrNotSigned: 'The configuration is not signed by your partnership.',
  configErrBadFormat: 'The configuration is damaged or not in a format Hearth knows.',
  configErrOtherPartnership:
    'That configuration belongs to a different partnership than this tablet.',
  configErrOlder: 'That configuration is older than the one this tablet already has.',
  configErrNotAFile: 'That file is not a Hearth setup file.',
};

export type Messages = typeof en;
