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
};

export type Messages = typeof en;
