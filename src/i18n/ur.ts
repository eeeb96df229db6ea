import type { Messages } from './en';
import { plural } from './plural';

// Urdu interface strings, in Urdu script. Status: draft (machine assisted, awaiting a native
// speaker; see INTERFACE_TRANSLATIONS). Polite "آپ". Urdu verbs show the speaker's or
// reader's gender ("سکتے/سکتی"), so these prefer polite imperatives ("دبائیں"), the
// subjunctive ("چاہیں"), passives and "مجھے ..." constructions, which do not.
// Digits stay Western (0–9), as in the phone numbers.

/** 1 جواب، 2 جوابات */
const responses = (n: number) => plural('ur', n, { one: '1 جواب', other: '# جوابات' });

export const ur: Messages = {
  exitThisPage: 'اس صفحے سے نکلیں',
  exitHint: 'یا Shift کا بٹن 3 بار دبائیں',
  exitShiftProgress: (left: number) =>
    `آپ نے Shift دبایا۔ باہر نکلنے کے لیے Shift ${left} بار اور دبائیں۔`,
  largerText: 'بڑے حروف',
  normalText: 'عام حروف',
  startTitle: 'ہمیں اس مدد کے بارے میں بتائیں جو آپ کو ملی',
  startLead: 'اس میں تقریباً 5 منٹ لگتے ہیں۔ اپنا نام بتانا ضروری نہیں۔',
  startButton: 'شروع کریں',
  staff: 'عملہ',
  notReady: 'یہ ٹیبلٹ ابھی تیار نہیں ہے۔ براہ کرم عملے کے کسی فرد سے پوچھیں۔',
  introTitle: 'شروع کرنے سے پہلے',
  introAnonymous:
    'آپ کے جوابات گمنام ہیں۔ ہم آپ کا نام نہیں پوچھتے، اور ایسی کوئی بات محفوظ نہیں کرتے جس سے اس ٹیبلٹ کی یا آپ کے جواب دینے کے وقت کی پہچان ہو سکے۔',
  introNotRealTime:
    'آپ کے جوابات فوراً کوئی نہیں پڑھتا۔ اگر آپ کو ابھی مدد چاہیے تو نیچے دیے گئے نمبروں پر فون کریں۔',
  introSkip: 'جس سوال کا جواب نہ دینا چاہیں، اسے چھوڑ دیں۔',
  introExit:
    'اگر آپ کو جلدی نکلنا ہو تو اوپر سرخ بٹن “اس صفحے سے نکلیں” دبائیں، یا Shift کا بٹن 3 بار دبائیں۔ اسکرین صاف ہو جائے گی اور آپ کے جوابات مٹا دیے جائیں گے۔',
  emergency: 'ہنگامی صورت میں 999 پر فون کریں۔',
  silentCall: 'اگر بولنا ممکن نہ ہو تو موبائل فون سے 999 پر کال کریں اور پوچھے جانے پر 55 دبائیں۔',
  continue: 'آگے بڑھیں',
  back: 'واپس',
  send: 'میرے جوابات بھیجیں',
  sending: 'آپ کے جوابات محفوظ کیے جا رہے ہیں…',
  pageOf: (n: number, total: number) => `صفحہ ${n} (کل ${total} میں سے)`,
  errorSummaryTitle: 'ایک مسئلہ ہے',
  saveFailed:
    'آپ کے جوابات اس ٹیبلٹ پر محفوظ نہیں ہو سکے۔ براہ کرم عملے کے کسی فرد کو بتائیں۔ آپ کے جوابات کہیں نہیں بھیجے گئے۔',
  thanksTitle: 'شکریہ',
  thanksBody:
    'آپ کے جوابات محفوظ ہو گئے ہیں۔ ان سے ہمیں دوسرے لوگوں کی بہتر مدد کرنے میں آسانی ہو گی۔',
  thanksHelp: 'اگر آپ کسی سے بات کرنا چاہیں:',
  finish: 'ختم کریں',
  helplinesTitle: 'مدد اور سہارا',
  localServices: 'مقامی خدمات',
  idleTitle: 'کیا آپ کو مزید وقت چاہیے؟',
  idleBody: (s: number) =>
    `آپ کے جوابات کو نجی رکھنے کے لیے، انہیں ${s} سیکنڈ میں مٹا دیا جائے گا۔`,
  idleMore: 'جی ہاں، مجھے مزید وقت چاہیے',
  idleLeave: 'نہیں، میرے جوابات مٹا دیں',
  charactersLeft: (n: number) =>
    plural('ur', n, { one: '1 حرف باقی ہے', other: '# حروف باقی ہیں' }),
  charactersOver: (n: number) =>
    plural('ur', n, { one: '1 حرف زیادہ ہے', other: '# حروف زیادہ ہیں' }),
  preferNotToSay: 'مجھے نہیں بتانا',
  yes: 'ہاں',
  no: 'نہیں',
  agree: 'میں متفق ہوں',
  addOne: (label: string) => `${label}: ایک بڑھائیں`,
  removeOne: (label: string) => `${label}: ایک کم کریں`,
  pinTitle: 'عملے کا PIN',
  pinLabel: 'عملے کا PIN درج کریں',
  pinWrong: 'یہ PIN درست نہیں۔ دوبارہ کوشش کریں۔',
  pinLocked: (s: number) => `بہت زیادہ کوششیں ہو گئیں۔ ${s} سیکنڈ انتظار کریں، پھر کوشش کریں۔`,
  pinOk: 'ٹھیک ہے',
  pinCancel: 'منسوخ کریں',
  pinClear: 'سب مٹائیں',
  pinDelete: 'مٹائیں',
  easyRead: 'آسان زبان',
  easyReadOn: 'آسان زبان: چالو',

  outreachDocTitle: 'آؤٹ ریچ – Hearth',
  outreachHeader: 'Hearth · آؤٹ ریچ',
  outreachTitle: 'یہ ٹیبلٹ',
  outreachLoading: 'لوڈ ہو رہا ہے…',
  outreachDraftGone: 'روکا گیا یہ سوالنامہ اب اس ٹیبلٹ پر نہیں کھل سکتا۔ آپ اسے ختم کر سکتے ہیں۔',
  outreachEventNotCreated: 'تقریب نہیں بن سکی: یہ ٹیبلٹ ابھی ریکارڈ سیل نہیں کر سکتا۔',
  outreachPartnership: 'شراکت داری',
  outreachNotSetUp: 'ابھی سیٹ اپ نہیں ہوا',
  outreachEnrolled: 'رجسٹرڈ',
  outreachConfiguration: 'کنفیگریشن',
  outreachConfigVersion: (version: number) => `ورژن ${version}`,
  outreachNoConfig: 'ابھی کوئی نہیں',
  outreachPinSet: 'سیٹ ہے',
  outreachPinNotSet: 'سیٹ نہیں',
  outreachKioskTitle: 'متاثرین کی رائے کا کیوسک',
  outreachKioskLead:
    'ٹیبلٹ کیوسک موڈ میں حوالے کریں۔ لوگ اسے صرف فوری اخراج کے بٹن سے چھوڑ سکتے ہیں، اور ان اسکرینوں پر واپسی صرف عملے کے PIN سے ہوتی ہے۔',
  outreachBeforeKioskBoth:
    'کیوسک شروع کرنے سے پہلے ٹیبلٹ رجسٹر کریں (یا سیٹ اپ فائل لوڈ کریں) اور عملے کا PIN سیٹ کریں۔',
  outreachBeforeKioskEnrol: 'کیوسک شروع کرنے سے پہلے ٹیبلٹ رجسٹر کریں (یا سیٹ اپ فائل لوڈ کریں)۔',
  outreachBeforeKioskPin: 'کیوسک شروع کرنے سے پہلے عملے کا PIN سیٹ کریں۔',
  outreachStartKiosk: 'کیوسک شروع کریں',

  syncTitle: 'جوابات بھیجنا',
  syncRevoked: (n: number) =>
    `آپ کے کوآرڈینیٹر نے یہ ٹیبلٹ بند کر دیا ہے، اس لیے یہ جوابات نہیں بھیج سکتا۔ اس پر موجود ${responses(n)} محفوظ رکھے گئے ہیں (خفیہ کاری کے ساتھ)۔ کوآرڈینیٹر سے پوچھیں کہ کیا کرنا ہے: اس ٹیبلٹ کا ڈیٹا صاف نہ کریں۔`,
  syncUnauthenticated:
    'سرور اب اس ٹیبلٹ کو نہیں پہچانتا، اس لیے یہ جوابات نہیں بھیج سکتا۔ کچھ بھی مٹایا نہیں گیا۔ کوآرڈینیٹر سے ٹیبلٹ کی رجسٹریشن چیک کرنے کو کہیں۔',
  syncWaiting: 'بھیجے جانے کے منتظر',
  syncResponses: (n: number) => responses(n),
  syncByForm: 'اس ٹیبلٹ پر، فارم کے لحاظ سے',
  syncEvents: 'تقریبات',
  syncKeptAside: 'الگ رکھے گئے',
  syncConflicts: (n: number) =>
    `سرور پر پہلے سے موجود جوابات سے ٹکرانے والے ${responses(n)} اس ٹیبلٹ پر رکھے گئے ہیں۔ اپنے کوآرڈینیٹر کو بتائیں۔`,
  syncRefused: 'مسترد',
  syncRejected: (n: number) =>
    `سرور نے ${responses(n)} مسترد کیے، جو اس ٹیبلٹ پر رکھے گئے ہیں۔ اپنے کوآرڈینیٹر کو بتائیں۔`,
  syncLastSent: 'آخری بار بھیجا گیا',
  syncNever: 'کبھی نہیں',
  syncTodayAt: (time: string) => `آج ${time} بجے`,
  syncDayAt: (day: string, time: string) => `${day} کو ${time} بجے`,
  syncLastProblem: 'آخری مسئلہ',
  syncTryingAgain: (when: string) => `دوبارہ کوشش: ${when}۔`,
  syncStorage: 'اسٹوریج',
  syncPersistent: 'براؤزر اسے محفوظ رکھے گا (مستقل)',
  syncNotPersistent: 'مستقل نہیں: جگہ کم ہونے پر براؤزر اسے صاف کر سکتا ہے',
  syncUsed: (used: string, quota: string) => `${quota} میں سے ${used} استعمال ہوا`,
  syncHomeScreen:
    'iPad پر Hearth کو ہوم اسکرین پر شامل کریں (Share، پھر “Add to Home Screen”) اور وہیں سے استعمال کریں، ورنہ Safari چند ہفتوں بعد نہ بھیجے گئے جوابات مٹا سکتا ہے۔',
  syncProgress: (sent: number, total: number) => `${total} میں سے ${sent} بھیجے جا رہے ہیں`,
  syncSending: 'بھیجا جا رہا ہے…',
  syncSendNow: 'ابھی بھیجیں',

  updateReady: 'Hearth کا نیا ورژن تیار ہے۔',
  updateNow: 'ابھی اپ ڈیٹ کریں',

  pinFormLocked: (s: number) => `بہت زیادہ کوششیں ہو گئیں۔ ${s} سیکنڈ انتظار کریں۔`,
  pinFormCurrentWrong: 'موجودہ PIN درست نہیں۔',
  pinFormPattern: 'نیا PIN 4 سے 8 ہندسوں کا ہونا چاہیے۔',
  pinFormMismatch: 'دونوں نئے PIN ایک جیسے نہیں ہیں۔',
  pinFormSaved: 'عملے کا PIN محفوظ ہو گیا۔',
  pinFormChangeTitle: 'عملے کا PIN تبدیل کریں',
  pinFormSetTitle: 'عملے کا PIN سیٹ کریں',
  pinFormLead:
    '4 سے 8 ہندسے۔ جو بھی اسے جانتا ہو وہ کیوسک موڈ سے نکل سکتا ہے، اس لیے اسے صرف عملے تک رکھیں۔',
  pinFormCurrent: 'موجودہ PIN',
  pinFormNew: 'نیا PIN',
  pinFormAgain: 'نیا PIN دوبارہ',
  pinFormSave: 'PIN محفوظ کریں',

  setupDone: (name: string, version: number) =>
    `${name} کے لیے سیٹ اپ ہو گیا (کنفیگریشن ورژن ${version})۔`,
  setupUnreadable: 'یہ فائل پڑھی نہیں جا سکی۔',
  setupUnchanged: (problem: string) => `${problem} اس ٹیبلٹ پر کچھ بھی تبدیل نہیں ہوا۔`,
  setupTitle: 'فائل سے سیٹ اپ کریں',
  setupLead:
    'آپ کا کوآرڈینیٹر آپ کو Hearth کی سیٹ اپ فائل دے سکتا ہے۔ اس میں آپ کی شراکت داری کی پبلک کلید اور فارم ہوتے ہیں، اور استعمال سے پہلے اس کی جانچ ہوتی ہے۔',
  setupFile: 'سیٹ اپ فائل',

  enrolDone: (name: string) => `${name} کے ساتھ رجسٹر ہو گیا۔`,
  enrolNotPersistent:
    'براؤزر نے اس ٹیبلٹ کا ڈیٹا محفوظ رکھنے کا وعدہ نہیں کیا: Hearth کو ہوم اسکرین پر انسٹال کریں۔',
  enrolConfigProblem: (problem: string) => `فارم ابھی لوڈ نہیں ہو سکے: ${problem}`,
  enrolFailed: 'رجسٹریشن ناکام رہی۔ کچھ بھی محفوظ نہیں ہوا۔',
  enrolTitle: 'یہ ٹیبلٹ رجسٹر کریں',
  enrolLead:
    'آپ کا کوآرڈینیٹر Hearth میں ایک بار استعمال ہونے والا کوڈ بناتا ہے۔ رجسٹریشن اس ٹیبلٹ کو آپ کی شراکت داری سے جوڑتی ہے تاکہ جوابات بھیجے جا سکیں۔ اس کے لیے ایک بار کنکشن درکار ہے۔',
  enrolCode: 'رجسٹریشن کوڈ',
  enrolName: 'اس ٹیبلٹ کا نام (اختیاری)',
  enrolNameHint: 'مثلاً “نیلا ٹیبلٹ”۔ کسی شخص کا نام استعمال نہ کریں۔',
  enrolKeyCheck: 'شراکت داری کی کلید کو QR کوڈ سے ملا کر چیک کیا جائے گا۔',
  enrolBusy: 'رجسٹر ہو رہا ہے…',
  enrolButton: 'رجسٹر کریں',
  enrolScan: 'QR کوڈ اسکین کریں',
  qrCameraFailed: 'کیمرا استعمال نہیں ہو سکا۔ اس کے بجائے کوڈ ٹائپ کریں۔',
  qrCameraView: 'کیمرے کا منظر',
  qrStop: 'اسکین کرنا بند کریں',

  questionnairesTitle: 'سوالنامے',
  questionnairesLead:
    'کسی کے ساتھ مل کر سوالنامہ پُر کریں۔ آپ اسے روک کر بعد میں جاری رکھ سکتے ہیں؛ یہ اس ٹیبلٹ پر خفیہ کاری کے ساتھ رہتا ہے۔',
  questionnairesLanguage: 'زبان',
  questionnaireStart: (title: string) => `“${title}” شروع کریں`,
  questionnairesPaused: 'روکے گئے',
  questionnairePausedOn: (day: string) => `${day} کو روکا گیا`,
  questionnaireResume: (title: string) => `“${title}” دوبارہ شروع کریں`,
  questionnaireDiscard: 'ختم کریں',
  questionnairePause: 'روکیں',
  questionnaireWasPaused: (title: string) =>
    `“${title}” روک دیا گیا۔ یہ اس ٹیبلٹ پر خفیہ کاری کے ساتھ محفوظ ہے۔`,
  questionnaireWasDiscarded: (title: string) => `“${title}” ختم کر دیا گیا۔`,
  questionnaireWasSent: (title: string) => `“${title}” آؤٹ باکس میں بھیج دیا گیا (سیل شدہ)۔`,
  questionnaireSaveFailed:
    'جوابات محفوظ نہیں ہو سکے۔ وہ ابھی یہیں اور روکے گئے مسودے میں موجود ہیں۔',
  questionnaireDiscardTitle: 'یہ جوابات ختم کر دیں؟',
  questionnaireDiscardBody: 'یہ اس ٹیبلٹ سے مٹا دیے جائیں گے اور کبھی نہیں بھیجے جائیں گے۔',
  questionnaireDiscardConfirm: 'جوابات ختم کریں',
  questionnaireKeep: 'انہیں رکھیں',

  eventsTitle: 'آج کی تقریبات',
  eventsNone: 'آج ابھی کوئی تقریب نہیں۔',
  eventsSheetOpen: 'شیٹ کھلی ہے',
  eventsOpen: (name: string) => `“${name}” کھولیں`,
  eventsCreateTitle: 'تقریب بنائیں',
  eventsName: 'تقریب کا نام',
  eventsNameHint:
    'یہ کیا ہے اور کہاں، مثلاً “بازار کا اسٹال، High Street”۔ کبھی کسی شخص کا نام یا پناہ گاہ کا پتا نہیں۔',
  eventsNameMissing: 'تقریب کو نام دیں، مثلاً “بازار کا اسٹال”۔',
  eventsArea: 'علاقہ یا وارڈ (اختیاری)',
  eventsCreate: 'تقریب بنائیں',

  sheetBack: 'تقریبات پر واپس جائیں',
  sheetSavedHint: 'ساتھ ساتھ اس ٹیبلٹ پر محفوظ ہوتی ہے (خفیہ کاری کے ساتھ)',
  sheetQuestionnaires: 'اس تقریب میں سوال نامے',
  sheetStartKiosk: 'اس تقریب کے لیے کیوسک شروع کریں',
  sheetUndo: 'آخری گنتی واپس لیں',
  sheetClose: 'تقریب بند کریں',
  sheetCloseTitle: (name: string) => `“${name}” بند کریں؟`,
  sheetCloseBody: 'حاضری کی شیٹ سیل کر کے بھیج دی جاتی ہے۔ اس کے بعد اسے تبدیل نہیں کیا جا سکتا۔',
  sheetCloseConfirm: 'بند کریں اور بھیجیں',
  sheetKeepOpen: 'کھلی رہنے دیں',
  sheetClosed: (name: string) => `“${name}” بند ہو گئی۔ اس کی حاضری کی شیٹ آؤٹ باکس میں سیل ہے۔`,
  sheetKeptOpen: (name: string) => `“${name}” کھلی رکھی گئی۔`,
  sheetSealFailed: 'شیٹ سیل نہیں ہو سکی۔ یہ ابھی اس ٹیبلٹ پر محفوظ ہے؛ دوبارہ کوشش کریں۔',
  enrolErrAlready: 'یہ ٹیبلٹ پہلے سے رجسٹر ہے۔',
  enrolErrInvalidCode:
    'یہ کوڈ کام نہیں کیا۔ ہو سکتا ہے یہ غلط لکھا گیا ہو، پہلے استعمال ہو چکا ہو یا اس کی مدت ختم ہو گئی ہو۔ اپنے کوآرڈینیٹر سے نیا کوڈ مانگیں۔',
  enrolErrRateLimited: 'بہت زیادہ کوششیں ہو گئیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔',
  enrolErrUnreachable:
    'سرور تک رسائی نہیں ہو رہی۔ رجسٹر کرنے کے لیے ایک بار انٹرنیٹ کنکشن ضروری ہے۔',
  enrolErrFailed:
    'رجسٹریشن نہیں ہو سکی۔ کچھ محفوظ نہیں کیا گیا۔ دوبارہ کوشش کریں یا اپنے کوآرڈینیٹر سے پوچھیں۔',
  enrolErrKeyMismatch:
    'سرور پر موجود پارٹنرشپ کی کلید QR کوڈ سے نہیں ملتی۔ کچھ محفوظ نہیں کیا گیا۔ اپنے کوآرڈینیٹر کو بتائیں۔',
  enrolErrOtherPartnership:
    'یہ ٹیبلٹ پہلے سے کسی اور پارٹنرشپ کے لیے سیٹ ہے۔ کچھ محفوظ نہیں کیا گیا۔',
  configErrNotSigned: 'یہ کنفیگریشن آپ کی پارٹنرشپ کی طرف سے دستخط شدہ نہیں ہے۔',
  configErrBadFormat: 'یہ کنفیگریشن خراب ہے یا ایسی شکل میں ہے جسے Hearth نہیں پہچانتا۔',
  configErrOtherPartnership: 'یہ کنفیگریشن اس ٹیبلٹ کی بجائے کسی اور پارٹنرشپ کی ہے۔',
  configErrOlder: 'یہ کنفیگریشن اس سے پرانی ہے جو اس ٹیبلٹ پر پہلے سے موجود ہے۔',
  configErrNotAFile: 'یہ فائل Hearth کی سیٹ اپ فائل نہیں ہے۔',
  helplineHours24Free: '24 گھنٹے، مفت',
  helplineForEveryone: 'گھریلو تشدد کا سامنا کرنے والے ہر فرد کے لیے۔',
  helplineForMen: 'گھریلو تشدد کا سامنا کرنے والے مردوں کے لیے۔',
  helplineForLgbt: 'تشدد کا سامنا کرنے والے LGBT+‎ افراد کے لیے۔',
  helplineForChildren: 'اگر آپ کو کسی بچے کی فکر ہو۔',
  syncSendFailed: 'بھیجنا کامیاب نہیں ہوا۔',
};
