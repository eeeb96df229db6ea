import type { Messages } from './en';
import { plural, type PluralForms } from './plural';

// Arabic (Modern Standard) interface strings. Status: draft (machine assisted, awaiting a
// native speaker; see INTERFACE_TRANSLATIONS). Arabic imperatives and many verbs show the
// reader's gender (اضغط / اضغطي), so these use verbal nouns on buttons (البدء، متابعة),
// "يُرجى" + verbal noun for requests, and unvocalised suffixes (إجاباتك، يمكنك) that read for
// anyone. Counted nouns follow Arabic plural categories: one and two are said in words
// (ثانية واحدة، ثانيتين), 3–10 take the plural (ثوانٍ), 11–99 the singular (ثانية).
// Digits stay Western (0–9), as in the phone numbers.

/** "ثانية" after a preposition or verbal noun (genitive). */
const SECONDS: PluralForms = {
  one: 'ثانية واحدة',
  two: 'ثانيتين',
  few: '# ثوانٍ',
  many: '# ثانية',
  other: '# ثانية',
};
const seconds = (n: number) => plural('ar', n, SECONDS);

export const ar: Messages = {
  exitThisPage: 'الخروج من هذه الصفحة',
  exitHint: 'أو الضغط على مفتاح Shift 3 مرات',
  exitShiftProgress: (left: number) =>
    'تم الضغط على Shift. للخروج، يُرجى الضغط على Shift ' +
    plural('ar', left, {
      one: 'مرة واحدة أخرى.',
      two: 'مرتين أخريين.',
      few: '# مرات أخرى.',
      other: '# مرة أخرى.',
    }),
  largerText: 'نص أكبر',
  normalText: 'نص عادي',
  startTitle: 'نودّ أن نعرف رأيك في الدعم الذي حصلت عليه',
  startLead: 'يستغرق ذلك نحو 5 دقائق. لا داعي لذكر اسمك.',
  startButton: 'البدء',
  staff: 'الموظفون',
  notReady: 'هذا الجهاز اللوحي ليس جاهزًا بعد. يُرجى سؤال أحد الموظفين.',
  introTitle: 'قبل البدء',
  introAnonymous:
    'إجاباتك مجهولة الهوية. لا نسألك عن اسمك، ولا نسجّل أي شيء قد يكشف هذا الجهاز اللوحي أو وقت مشاركتك.',
  introNotRealTime:
    'لا أحد يقرأ إجاباتك فورًا. إذا كنت بحاجة إلى مساعدة الآن، يمكنك الاتصال بأحد الأرقام أدناه.',
  introSkip: 'يمكنك تخطّي أي سؤال.',
  introExit:
    'إذا احتجت إلى المغادرة بسرعة، يمكنك الضغط على الزر الأحمر «الخروج من هذه الصفحة» في الأعلى، أو الضغط على مفتاح Shift 3 مرات. ستُمسح الشاشة وتُحذف إجاباتك.',
  emergency: 'في حالات الطوارئ، يُرجى الاتصال بالرقم 999.',
  silentCall:
    'إذا تعذّر عليك الكلام، يمكنك الاتصال بالرقم 999 من هاتف محمول، ثم الضغط على 55 عندما يُطلب منك ذلك.',
  continue: 'متابعة',
  back: 'رجوع',
  send: 'إرسال إجاباتي',
  sending: 'جارٍ حفظ إجاباتك…',
  pageOf: (n: number, total: number) => `الصفحة ${n} من ${total}`,
  errorSummaryTitle: 'هناك مشكلة',
  saveFailed:
    'تعذّر حفظ إجاباتك على هذا الجهاز اللوحي. يُرجى إخبار أحد الموظفين. لم تُرسَل إجاباتك إلى أي مكان.',
  thanksTitle: 'شكرًا لك',
  thanksBody: 'حُفظت إجاباتك. ستساعدنا على تحسين الدعم لأشخاص آخرين.',
  thanksHelp: 'إذا أردت التحدث مع أحد:',
  finish: 'إنهاء',
  helplinesTitle: 'المساعدة والدعم',
  localServices: 'خدمات محلية',
  idleTitle: 'هل أنت بحاجة إلى مزيد من الوقت؟',
  idleBody: (s: number) => `ستُحذف إجاباتك خلال ${seconds(s)}، حفاظًا على خصوصيتها.`,
  idleMore: 'نعم، أحتاج إلى مزيد من الوقت',
  idleLeave: 'لا، أريد حذف إجاباتي',
  charactersLeft: (n: number) =>
    plural('ar', n, {
      one: 'يتبقّى لك حرف واحد',
      two: 'يتبقّى لك حرفان',
      few: 'يتبقّى لك # أحرف',
      many: 'يتبقّى لك # حرفًا',
      other: 'يتبقّى لك # حرف',
    }),
  charactersOver: (n: number) =>
    plural('ar', n, {
      one: 'النص أطول من المسموح بحرف واحد',
      two: 'النص أطول من المسموح بحرفين',
      few: 'النص أطول من المسموح بـ # أحرف',
      many: 'النص أطول من المسموح بـ # حرفًا',
      other: 'النص أطول من المسموح بـ # حرف',
    }),
  preferNotToSay: 'أفضّل عدم الإجابة',
  yes: 'نعم',
  no: 'لا',
  agree: 'أوافق',
  addOne: (label: string) => `إضافة واحد: ${label}`,
  removeOne: (label: string) => `إنقاص واحد: ${label}`,
  pinTitle: 'رمز PIN للموظفين',
  pinLabel: 'إدخال رمز PIN للموظفين',
  pinWrong: 'رمز PIN غير صحيح. يُرجى المحاولة مرة أخرى.',
  pinLocked: (s: number) => `محاولات كثيرة جدًا. يُرجى الانتظار ${seconds(s)}، ثم المحاولة مرة أخرى.`,
  pinOk: 'موافق',
  pinCancel: 'إلغاء',
  pinClear: 'مسح الكل',
  pinDelete: 'حذف',
};
