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

/** إجابة واحدة، إجابتان، 3 إجابات، 11 إجابة. */
const RESPONSES: PluralForms = {
  zero: '0 إجابة',
  one: 'إجابة واحدة',
  two: 'إجابتان',
  few: '# إجابات',
  many: '# إجابة',
  other: '# إجابة',
};

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
  easyRead: 'نص سهل القراءة',
  easyReadOn: 'نص سهل القراءة: مفعّل',

  outreachDocTitle: 'العمل الميداني – Hearth',
  outreachHeader: 'Hearth · العمل الميداني',
  outreachTitle: 'هذا الجهاز اللوحي',
  outreachLoading: 'جارٍ التحميل…',
  outreachDraftGone:
    'لم يعد من الممكن فتح هذا الاستبيان المتوقف مؤقتًا على هذا الجهاز اللوحي. يمكن تجاهله وحذفه.',
  outreachEventNotCreated:
    'تعذّر إنشاء الفعالية: لا يستطيع هذا الجهاز اللوحي ختم السجلات وتشفيرها بعد.',
  outreachPartnership: 'الشراكة',
  outreachNotSetUp: 'لم يُجهَّز بعد',
  outreachEnrolled: 'مسجَّل',
  outreachConfiguration: 'الإعدادات',
  outreachConfigVersion: (version: number) => `الإصدار ${version}`,
  outreachNoConfig: 'لا يوجد بعد',
  outreachPinSet: 'مُعيَّن',
  outreachPinNotSet: 'غير مُعيَّن',
  outreachKioskTitle: 'كشك آراء الناجين والناجيات',
  outreachKioskLead:
    'يُسلَّم الجهاز اللوحي في وضع الكشك. لا يمكن الخروج منه إلا بزر الخروج السريع، ولا يُعاد إلى هذه الشاشات إلا برمز PIN الخاص بالموظفين.',
  outreachBeforeKioskBoth:
    'قبل تشغيل الكشك، يجب تسجيل الجهاز (أو تحميل ملف إعداد) وتعيين رمز PIN للموظفين.',
  outreachBeforeKioskEnrol: 'قبل تشغيل الكشك، يجب تسجيل الجهاز (أو تحميل ملف إعداد).',
  outreachBeforeKioskPin: 'قبل تشغيل الكشك، يجب تعيين رمز PIN للموظفين.',
  outreachStartKiosk: 'تشغيل الكشك',

  syncTitle: 'إرسال الإجابات',
  syncRevoked: (n: number) =>
    `أوقف المنسّق تشغيل هذا الجهاز اللوحي، لذا لا يمكنه إرسال الإجابات. عدد الإجابات الموجودة عليه: ${n}، وهي محفوظة بأمان (مشفّرة). يُرجى سؤال المنسّق عمّا يجب فعله، وعدم مسح بيانات هذا الجهاز.`,
  syncUnauthenticated:
    'لم يعد الخادم يتعرّف على هذا الجهاز اللوحي، لذا لا يمكنه إرسال الإجابات. لم يُحذف أي شيء. يُرجى أن يتحقق المنسّق من تسجيل الجهاز.',
  syncWaiting: 'بانتظار الإرسال',
  syncResponses: (n: number) => plural('ar', n, RESPONSES),
  syncByForm: 'على هذا الجهاز، حسب النموذج',
  syncEvents: 'الفعاليات',
  syncKeptAside: 'محفوظة جانبًا',
  syncConflicts: (n: number) =>
    `عدد الإجابات التي تعارضت مع إجابات موجودة على الخادم وحُفظت على هذا الجهاز: ${n}. يُرجى إبلاغ المنسّق.`,
  syncRefused: 'مرفوضة',
  syncRejected: (n: number) =>
    `عدد الإجابات التي رفضها الخادم وحُفظت على هذا الجهاز: ${n}. يُرجى إبلاغ المنسّق.`,
  syncLastSent: 'آخر إرسال',
  syncNever: 'أبدًا',
  syncTodayAt: (time: string) => `اليوم الساعة ${time}`,
  syncDayAt: (day: string, time: string) => `${day} الساعة ${time}`,
  syncLastProblem: 'آخر مشكلة',
  syncTryingAgain: (when: string) => `إعادة المحاولة: ${when}.`,
  syncStorage: 'التخزين',
  syncPersistent: 'يحتفظ به المتصفح (دائم)',
  syncNotPersistent: 'غير دائم: قد يمسحه المتصفح إذا قلّت المساحة',
  syncUsed: (used: string, quota: string) => `المستخدم ${used} من ${quota}`,
  syncHomeScreen:
    'على جهاز iPad، يُرجى إضافة Hearth إلى الشاشة الرئيسية (مشاركة، ثم «إضافة إلى الشاشة الرئيسية») واستخدامه من هناك، وإلا فقد يحذف Safari الإجابات غير المرسلة بعد بضعة أسابيع.',
  syncProgress: (sent: number, total: number) => `جارٍ إرسال ${sent} من ${total}`,
  syncSending: 'جارٍ الإرسال…',
  syncSendNow: 'إرسال الآن',

  updateReady: 'يتوفر إصدار جديد من Hearth.',
  updateNow: 'التحديث الآن',

  pinFormLocked: (s: number) => `محاولات كثيرة جدًا. يُرجى الانتظار ${seconds(s)}.`,
  pinFormCurrentWrong: 'رمز PIN الحالي غير صحيح.',
  pinFormPattern: 'يجب أن يتكون رمز PIN الجديد من 4 إلى 8 أرقام.',
  pinFormMismatch: 'رمزا PIN الجديدان غير متطابقين.',
  pinFormSaved: 'تم حفظ رمز PIN للموظفين.',
  pinFormChangeTitle: 'تغيير رمز PIN للموظفين',
  pinFormSetTitle: 'تعيين رمز PIN للموظفين',
  pinFormLead:
    'من 4 إلى 8 أرقام. كل من يعرفه يستطيع الخروج من وضع الكشك، لذا يجب أن يبقى لدى الموظفين فقط.',
  pinFormCurrent: 'رمز PIN الحالي',
  pinFormNew: 'رمز PIN الجديد',
  pinFormAgain: 'رمز PIN الجديد مرة أخرى',
  pinFormSave: 'حفظ رمز PIN',

  setupDone: (name: string, version: number) =>
    `تم الإعداد لـ ${name} (إصدار الإعدادات ${version}).`,
  setupUnreadable: 'تعذّرت قراءة هذا الملف.',
  setupUnchanged: (problem: string) => `${problem} لم يتغير أي شيء على هذا الجهاز.`,
  setupTitle: 'الإعداد من ملف',
  setupLead:
    'يمكن للمنسّق تزويدك بملف إعداد Hearth. يحتوي على المفتاح العام للشراكة ونماذجها، ويُتحقَّق منه قبل استخدامه.',
  setupFile: 'ملف الإعداد',

  enrolDone: (name: string) => `تم التسجيل لدى ${name}.`,
  enrolNotPersistent:
    'لم يتعهد المتصفح بالاحتفاظ ببيانات هذا الجهاز: يُرجى تثبيت Hearth على الشاشة الرئيسية.',
  enrolConfigProblem: (problem: string) => `تعذّر تحميل النماذج بعد: ${problem}`,
  enrolFailed: 'فشل التسجيل. لم يُحفظ أي شيء.',
  enrolTitle: 'تسجيل هذا الجهاز اللوحي',
  enrolLead:
    'ينشئ المنسّق رمزًا لمرة واحدة في Hearth. يربط التسجيلُ هذا الجهاز بالشراكة حتى يمكن إرسال الإجابات. يحتاج إلى اتصال بالإنترنت مرة واحدة.',
  enrolCode: 'رمز التسجيل',
  enrolName: 'اسم هذا الجهاز (اختياري)',
  enrolNameHint: 'مثلًا «الجهاز الأزرق». لا يُستخدم اسم أي شخص.',
  enrolKeyCheck: 'سيُطابَق مفتاح الشراكة مع رمز QR.',
  enrolBusy: 'جارٍ التسجيل…',
  enrolButton: 'تسجيل',
  enrolScan: 'مسح رمز QR',
  qrCameraFailed: 'تعذّر استخدام الكاميرا. يُرجى كتابة الرمز بدلًا من ذلك.',
  qrCameraView: 'عرض الكاميرا',
  qrStop: 'إيقاف المسح',

  questionnairesTitle: 'الاستبيانات',
  questionnairesLead:
    'تعبئة استبيان مع شخص ما. يمكن إيقافه مؤقتًا والعودة إليه لاحقًا، ويبقى مشفّرًا على هذا الجهاز.',
  questionnairesLanguage: 'اللغة',
  questionnaireStart: (title: string) => `بدء «${title}»`,
  questionnairesPaused: 'متوقفة مؤقتًا',
  questionnairePausedOn: (day: string) => `أُوقف مؤقتًا في ${day}`,
  questionnaireResume: (title: string) => `استئناف «${title}»`,
  questionnaireDiscard: 'تجاهل',
  questionnairePause: 'إيقاف مؤقت',
  questionnaireWasPaused: (title: string) =>
    `أُوقف «${title}» مؤقتًا. وهو محفوظ مشفّرًا على هذا الجهاز.`,
  questionnaireWasDiscarded: (title: string) => `تم تجاهل «${title}» وحذفه.`,
  questionnaireWasSent: (title: string) => `أُرسل «${title}» إلى صندوق الصادر (مختومًا).`,
  questionnaireSaveFailed: 'تعذّر حفظ الإجابات. لا تزال هنا وفي المسودة المتوقفة مؤقتًا.',
  questionnaireDiscardTitle: 'تجاهل هذه الإجابات؟',
  questionnaireDiscardBody: 'ستُحذف من هذا الجهاز ولن تُرسل أبدًا.',
  questionnaireDiscardConfirm: 'تجاهل الإجابات',
  questionnaireKeep: 'الاحتفاظ بها',

  eventsTitle: 'فعاليات اليوم',
  eventsNone: 'لا توجد فعاليات اليوم بعد.',
  eventsSheetOpen: 'الكشف مفتوح',
  eventsOpen: (name: string) => `فتح «${name}»`,
  eventsCreateTitle: 'إنشاء فعالية',
  eventsName: 'اسم الفعالية',
  eventsNameHint:
    'ما هي وأين، مثلًا «كشك في السوق، High Street». لا يُكتب أبدًا اسم شخص أو عنوان دار إيواء.',
  eventsNameMissing: 'يجب إعطاء الفعالية اسمًا، مثلًا «كشك في السوق».',
  eventsArea: 'المنطقة أو الحي (اختياري)',
  eventsCreate: 'إنشاء الفعالية',

  sheetBack: 'العودة إلى الفعاليات',
  sheetSavedHint: 'يُحفظ على هذا الجهاز أولًا بأول (مشفّرًا)',
  sheetQuestionnaires: 'استبيانات في هذه الفعالية',
  sheetStartKiosk: 'تشغيل الكشك لهذه الفعالية',
  sheetUndo: 'التراجع عن آخر عدّ',
  sheetClose: 'إغلاق الفعالية',
  sheetCloseTitle: (name: string) => `إغلاق «${name}»؟`,
  sheetCloseBody: 'يُختم كشف الحضور ويُرسل. لا يمكن تغييره بعد ذلك.',
  sheetCloseConfirm: 'إغلاق وإرسال',
  sheetKeepOpen: 'إبقاؤها مفتوحة',
  sheetClosed: (name: string) => `أُغلقت «${name}». كشف الحضور مختوم في صندوق الصادر.`,
  sheetKeptOpen: (name: string) => `بقيت «${name}» مفتوحة.`,
  sheetSealFailed: 'تعذّر ختم الكشف. لا يزال محفوظًا على هذا الجهاز؛ يُرجى المحاولة مرة أخرى.',
  enrolErrAlready: 'هذا الجهاز اللوحي مسجَّل بالفعل.',
  enrolErrInvalidCode:
    'لم يعمل هذا الرمز. ربما كُتب خطأً أو استُخدم من قبل أو انتهت صلاحيته. يُرجى طلب رمز جديد من المنسق.',
  enrolErrRateLimited: 'محاولات كثيرة جدًا. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.',
  enrolErrUnreachable: 'تعذّر الوصول إلى الخادم. يحتاج التسجيل إلى اتصال بالإنترنت مرة واحدة.',
  enrolErrFailed: 'لم ينجح التسجيل ولم يُحفظ أي شيء. يُرجى المحاولة مرة أخرى أو سؤال المنسق.',
  enrolErrKeyMismatch:
    'مفتاح الشراكة على الخادم لا يطابق رمز QR. لم يُحفظ أي شيء. يُرجى إبلاغ المنسق.',
  enrolErrOtherPartnership: 'هذا الجهاز اللوحي مُعدّ بالفعل لشراكة أخرى. لم يُحفظ أي شيء.',
  configErrNotSigned: 'هذا الإعداد غير موقَّع من شراكتك.',
  configErrBadFormat: 'هذا الإعداد تالف أو بتنسيق لا يعرفه Hearth.',
  configErrOtherPartnership: 'هذا الإعداد يخص شراكة غير شراكة هذا الجهاز اللوحي.',
  configErrOlder: 'هذا الإعداد أقدم من الإعداد الموجود على هذا الجهاز اللوحي.',
  configErrNotAFile: 'هذا الملف ليس ملف إعداد خاصًا بـ Hearth.',
  helplineHours24Free: 'على مدار 24 ساعة، مجانًا',
  helplineForEveryone: 'لكل من يتعرض للعنف الأسري.',
  helplineForMen: 'للرجال الذين يتعرضون للعنف الأسري.',
  helplineForLgbt: 'لأفراد مجتمع LGBT+‎ الذين يتعرضون للإساءة.',
  helplineForChildren: 'إذا كان لديك قلق على طفل.',
  syncSendFailed: 'لم ينجح الإرسال.',
};
