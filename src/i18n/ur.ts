import type { Messages } from './en';
import { plural } from './plural';

// Urdu interface strings, in Urdu script. Status: draft (machine assisted, awaiting a native
// speaker; see INTERFACE_TRANSLATIONS). Polite "آپ". Urdu verbs show the speaker's or
// reader's gender ("سکتے/سکتی"), so these prefer polite imperatives ("دبائیں"), the
// subjunctive ("چاہیں"), passives and "مجھے ..." constructions, which do not.
// Digits stay Western (0–9), as in the phone numbers.

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
};
