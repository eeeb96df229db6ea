import type { Form, I18n, Question } from '../../../protocol/form';
import { LOCALES, type Locale } from '../../../protocol/locales';
import {
  CHILDRENS_SERVICES,
  CONFIDENCE,
  HEALTH,
  HOUSING,
  OTHER,
  POLICE,
  ROUTES_AR,
  ROUTES_UR,
  SOMETHING_ELSE,
  TICK_ALL,
  VOLUNTARY_SECTOR,
} from './labels';

// Training feedback (design §4): practitioners after a domestic-abuse training session,
// self-completed or assisted. Anonymous: role and sector, never a name. Confidence before
// and after on each topic share one screen so the two are answered side by side. Every item
// optional. Translations are drafts (machine assisted) awaiting review by native speakers:
// plain professional wording, informal "ty" / "tu" as in the rest of the app, polite "آپ",
// and Arabic without gendered "you" verbs. Confidence is asked about with nouns ("poziom
// pewności", "câtă încredere", "اعتماد", "ثقة") so that no language shows the reader's gender.

const [CONFIDENCE_LOW, , , , CONFIDENCE_HIGH] = CONFIDENCE as [I18n, I18n, I18n, I18n, I18n];
const CONFIDENCE_ENDS = { low: CONFIDENCE_LOW, high: CONFIDENCE_HIGH };

/** A 1–5 confidence scale; `screen` pairs a topic's "before" and "after". */
function confidence(id: string, label: I18n, screen: string): Question {
  return {
    id,
    type: 'scale',
    label,
    points: 5,
    labels: CONFIDENCE_ENDS,
    pointLabels: CONFIDENCE,
    screen,
  };
}

const BEFORE: Record<Locale, string> = {
  en: 'how confident were you before the training?',
  pl: 'jaki był Twój poziom pewności przed szkoleniem?',
  ro: 'câtă încredere aveai înainte de formare?',
  ur: 'تربیت سے پہلے آپ کو کتنا اعتماد تھا؟',
  ar: 'ما مدى ثقتك قبل التدريب؟',
};
const AFTER: Record<Locale, string> = {
  en: 'how confident are you now?',
  pl: 'jaki jest Twój poziom pewności teraz?',
  ro: 'câtă încredere ai acum?',
  ur: 'اب آپ کو کتنا اعتماد ہے؟',
  ar: 'ما مدى ثقتك الآن؟',
};

/** "Topic: question" in every language. */
const topicQuestion = (topic: Record<Locale, string>, question: Record<Locale, string>) =>
  Object.fromEntries(LOCALES.map((l) => [l, `${topic[l]}: ${question[l]}`])) as I18n;

/** A topic's "before" and "after" questions, `${screen}_before` and `${screen}_after`. */
function beforeAndAfter(screen: string, topic: Record<Locale, string>): Question[] {
  return [
    confidence(`${screen}_before`, topicQuestion(topic, BEFORE), screen),
    confidence(`${screen}_after`, topicQuestion(topic, AFTER), screen),
  ];
}

const RELEVANCE: I18n[] = [
  {
    en: 'Not at all relevant',
    pl: 'Zupełnie nieistotne',
    ro: 'Deloc relevantă',
    ur: 'بالکل متعلق نہیں',
    ar: 'لا صلة له إطلاقًا',
  },
  {
    en: 'A little relevant',
    pl: 'Trochę istotne',
    ro: 'Puțin relevantă',
    ur: 'کچھ کچھ متعلق',
    ar: 'صلته قليلة',
  },
  {
    en: 'Fairly relevant',
    pl: 'Dość istotne',
    ro: 'Destul de relevantă',
    ur: 'کسی حد تک متعلق',
    ar: 'صلته معقولة',
  },
  { en: 'Relevant', pl: 'Istotne', ro: 'Relevantă', ur: 'متعلق', ar: 'ذو صلة' },
  {
    en: 'Very relevant',
    pl: 'Bardzo istotne',
    ro: 'Foarte relevantă',
    ur: 'بہت متعلق',
    ar: 'وثيق الصلة جدًا',
  },
];
const [RELEVANCE_LOW, , , , RELEVANCE_HIGH] = RELEVANCE as [I18n, I18n, I18n, I18n, I18n];

/** Still not confident after the training (1 or 2) on this topic. */
const stillUnsure = (id: string) => ({ q: id, in: [1, 2] });

export const trainingFeedback: Form = {
  id: 'training-feedback',
  version: 1,
  kind: 'training',
  audience: 'assisted',
  anonymous: true,
  title: {
    en: 'Domestic abuse training: your feedback',
    pl: 'Szkolenie o przemocy domowej: Twoja opinia',
    ro: 'Formare despre violența domestică: părerea ta',
    ur: 'گھریلو تشدد کی تربیت: آپ کی رائے',
    ar: 'تدريب حول العنف الأسري: رأيك',
  },
  intro: {
    en:
      'Please tell us how useful the training was. It takes about five minutes. ' +
      'We do not ask for your name, and you can skip any question.',
    pl:
      'Powiedz nam, na ile przydatne było szkolenie. To zajmie około pięciu minut. ' +
      'Nie pytamy o imię ani nazwisko, a każde pytanie możesz pominąć.',
    ro:
      'Te rugăm să ne spui cât de utilă a fost formarea. Durează aproximativ cinci minute. ' +
      'Nu îți cerem numele și poți sări peste orice întrebare.',
    ur:
      'براہ کرم ہمیں بتائیں کہ تربیت کتنی مفید رہی۔ اس میں تقریباً پانچ منٹ لگتے ہیں۔ ' +
      'ہم آپ کا نام نہیں پوچھتے، اور جس سوال کا جواب نہ دینا چاہیں، اسے چھوڑ دیں۔',
    ar:
      'يُرجى إخبارنا بمدى فائدة التدريب. يستغرق ذلك نحو خمس دقائق. ' +
      'لا نسألك عن اسمك، ويمكنك تخطّي أي سؤال.',
  },
  outro: {
    en: 'Thank you. Your feedback helps us plan training that makes a difference in practice.',
    pl: 'Dziękujemy. Twoja opinia pomaga nam planować szkolenia, które naprawdę zmieniają praktykę.',
    ro: 'Mulțumim. Părerea ta ne ajută să planificăm formări care fac diferența în practică.',
    ur: 'شکریہ۔ آپ کی رائے سے ہمیں ایسی تربیت کی منصوبہ بندی میں مدد ملتی ہے جو عملی کام میں فرق لائے۔',
    ar: 'شكرًا لك. تساعدنا ملاحظاتك على تخطيط تدريب يُحدث فرقًا في الممارسة العملية.',
  },
  questions: [
    // About you and the training
    {
      id: 'role',
      type: 'text',
      label: {
        en: 'What is your role?',
        pl: 'Jakie jest Twoje stanowisko?',
        ro: 'Care este funcția ta?',
        ur: 'آپ کا عہدہ کیا ہے؟',
        ar: 'ما دورك الوظيفي؟',
      },
      hint: {
        en: 'Your job title, for example “health visitor” or “housing officer”.',
        pl: 'Nazwa stanowiska, na przykład „pielęgniarka środowiskowa” albo „urzędnik ds. mieszkaniowych”.',
        ro: 'Denumirea postului, de exemplu „asistentă medicală comunitară” sau „referent pentru locuințe”.',
        ur: 'آپ کے عہدے کا نام، مثلاً “ہیلتھ وزیٹر” یا “ہاؤسنگ آفیسر”۔',
        ar: 'المسمّى الوظيفي، مثلًا «زائرة صحية» أو «موظف إسكان».',
      },
      maxLength: 100,
      warning: {
        en: 'Do not write your name or anyone else’s.',
        pl: 'Nie wpisuj swojego imienia ani imion innych osób.',
        ro: 'Nu scrie numele tău sau al altcuiva.',
        ur: 'اپنا یا کسی اور کا نام نہ لکھیں۔',
        ar: 'يُرجى عدم كتابة اسمك أو اسم أي شخص آخر.',
      },
      screen: 'about',
    },
    {
      id: 'sector',
      type: 'choice',
      label: {
        en: 'Which sector do you work in?',
        pl: 'W jakim sektorze pracujesz?',
        ro: 'În ce sector lucrezi?',
        ur: 'آپ کا شعبہ کون سا ہے؟',
        ar: 'ما قطاع عملك؟',
      },
      options: [
        { value: 'police', label: POLICE },
        { value: 'health', label: HEALTH },
        { value: 'housing', label: HOUSING },
        {
          value: 'education',
          label: { en: 'Education', pl: 'Edukacja', ro: 'Educație', ur: 'تعلیم', ar: 'التعليم' },
        },
        { value: 'childrens_services', label: CHILDRENS_SERVICES },
        {
          value: 'adult_social_care',
          label: {
            en: 'Adult social care',
            pl: 'Pomoc społeczna dla dorosłych',
            ro: 'Asistență socială pentru adulți',
            ur: 'بالغوں کی سماجی دیکھ بھال',
            ar: 'الرعاية الاجتماعية للبالغين',
          },
        },
        { value: 'voluntary_sector', label: VOLUNTARY_SECTOR },
        { value: 'other', label: OTHER },
      ],
      screen: 'about',
    },
    {
      id: 'sector_other',
      type: 'text',
      label: {
        en: 'Which other sector?',
        pl: 'Jaki inny sektor?',
        ro: 'Ce alt sector?',
        ur: 'کون سا دوسرا شعبہ؟',
        ar: 'ما القطاع الآخر؟',
      },
      maxLength: 100,
      showIf: { q: 'sector', equals: 'other' },
      screen: 'about',
    },
    {
      id: 'training_date',
      type: 'date',
      label: {
        en: 'When was the training?',
        pl: 'Kiedy odbyło się szkolenie?',
        ro: 'Când a avut loc formarea?',
        ur: 'تربیت کب ہوئی؟',
        ar: 'متى كان التدريب؟',
      },
    },
    // Confidence before and after, one topic per screen
    ...beforeAndAfter('coercive', {
      en: 'Recognising coercive control',
      pl: 'Rozpoznawanie kontroli przymusowej (coercive control)',
      ro: 'Recunoașterea controlului coercitiv',
      ur: 'جبری کنٹرول (coercive control) کی پہچان',
      ar: 'التعرّف على السيطرة القسرية (coercive control)',
    }),
    ...beforeAndAfter('asking', {
      en: 'Asking safely about abuse',
      pl: 'Bezpieczne pytanie o przemoc',
      ro: 'Adresarea în siguranță a întrebărilor despre abuz',
      ur: 'تشدد کے بارے میں محفوظ طریقے سے پوچھنا',
      ar: 'السؤال عن الإساءة بطريقة آمنة',
    }),
    ...beforeAndAfter('disclosure', {
      en: 'Responding to a disclosure',
      pl: 'Reagowanie na ujawnienie przemocy',
      ro: 'Răspunsul la o dezvăluire de abuz',
      ur: 'تشدد کے انکشاف پر ردِعمل',
      ar: 'الاستجابة عند الإفصاح عن الإساءة',
    }),
    ...beforeAndAfter('routes', {
      en: 'Using local routes (IDVA, MARAC, DASH)',
      pl: 'Korzystanie z lokalnych ścieżek pomocy (IDVA, MARAC, DASH)',
      ro: 'Folosirea căilor locale de sprijin (IDVA, MARAC, DASH)',
      ur: `مقامی ریفرل راستوں کا استعمال (${ROUTES_UR})`,
      ar: `استخدام مسارات الإحالة المحلية (${ROUTES_AR})`,
    }),
    ...beforeAndAfter('policy', {
      en: 'Following your own organisation’s policy',
      pl: 'Stosowanie polityki własnej organizacji',
      ro: 'Respectarea politicii propriei organizații',
      ur: 'اپنے ادارے کی پالیسی پر عمل',
      ar: 'اتباع سياسة مؤسستك',
    }),
    {
      id: 'confidence_help',
      type: 'text',
      label: {
        en: 'You still feel unsure about some of this. What would help?',
        pl: 'W niektórych sprawach nadal nie masz pewności. Co by pomogło?',
        ro: 'Încă ai îndoieli în privința unora dintre aceste lucruri. Ce te-ar ajuta?',
        ur: 'کچھ باتوں کے بارے میں آپ کو ابھی بھی اعتماد نہیں۔ کس چیز سے مدد ملے گی؟',
        ar: 'لا تزال لديك شكوك حول بعض هذه المواضيع. ما الذي قد يساعدك؟',
      },
      maxLength: 1000,
      multiline: true,
      showIf: {
        any: [
          'coercive_after',
          'asking_after',
          'disclosure_after',
          'routes_after',
          'policy_after',
        ].map(stillUnsure),
      },
    },
    // Using it
    {
      id: 'relevance',
      type: 'scale',
      label: {
        en: 'How relevant was the training to your role?',
        pl: 'Na ile szkolenie było istotne dla Twojej pracy?',
        ro: 'Cât de relevantă a fost formarea pentru rolul tău?',
        ur: 'تربیت آپ کے کام سے کتنی متعلق تھی؟',
        ar: 'ما مدى صلة التدريب بدورك الوظيفي؟',
      },
      points: 5,
      labels: { low: RELEVANCE_LOW, high: RELEVANCE_HIGH },
      pointLabels: RELEVANCE,
    },
    {
      id: 'do_differently',
      type: 'text',
      label: {
        en: 'What will you do differently because of this training?',
        pl: 'Co zrobisz inaczej dzięki temu szkoleniu?',
        ro: 'Ce vei face diferit datorită acestei formări?',
        ur: 'اس تربیت کی وجہ سے آپ کے کام میں کیا بدلے گا؟',
        ar: 'ما الذي سيتغيّر في عملك بفضل هذا التدريب؟',
      },
      maxLength: 1000,
      multiline: true,
      warning: {
        en: 'Do not write the names of people or details of cases.',
        pl: 'Nie wpisuj imion, nazwisk ani szczegółów spraw.',
        ro: 'Nu scrie numele persoanelor sau detalii despre cazuri.',
        ur: 'لوگوں کے نام یا کیسز کی تفصیلات نہ لکھیں۔',
        ar: 'يُرجى عدم كتابة أسماء الأشخاص أو تفاصيل الحالات.',
      },
    },
    {
      id: 'needs',
      type: 'choice',
      multiple: true,
      label: {
        en: 'What further training would help you?',
        pl: 'Jakie dodatkowe szkolenia by Ci pomogły?',
        ro: 'Ce alte formări te-ar ajuta?',
        ur: 'مزید کون سی تربیت آپ کے لیے مددگار ہوگی؟',
        ar: 'ما التدريب الإضافي الذي قد يفيدك؟',
      },
      hint: TICK_ALL,
      options: [
        {
          value: 'coercive_control',
          label: {
            en: 'Coercive and controlling behaviour',
            pl: 'Zachowania przymusowe i kontrolujące',
            ro: 'Comportamentul coercitiv și de control',
            ur: 'جبری اور کنٹرول کرنے والا رویہ',
            ar: 'السلوك القسري والمسيطر',
          },
        },
        {
          value: 'asking_safely',
          label: {
            en: 'Asking about abuse safely',
            pl: 'Bezpieczne pytanie o przemoc',
            ro: 'Cum să întrebi în siguranță despre abuz',
            ur: 'تشدد کے بارے میں محفوظ طریقے سے پوچھنا',
            ar: 'السؤال عن الإساءة بأمان',
          },
        },
        {
          value: 'disclosures',
          label: {
            en: 'Responding to disclosures',
            pl: 'Reagowanie na ujawnienie przemocy',
            ro: 'Răspunsul la dezvăluiri de abuz',
            ur: 'تشدد کے انکشاف پر ردِعمل',
            ar: 'الاستجابة للإفصاح عن الإساءة',
          },
        },
        {
          value: 'risk_marac',
          label: {
            en: 'Risk assessment (DASH) and MARAC',
            pl: 'Ocena ryzyka (DASH) i MARAC',
            ro: 'Evaluarea riscului (DASH) și MARAC',
            ur: 'خطرے کا جائزہ (DASH) اور MARAC',
            ar: 'تقييم المخاطر (DASH) و MARAC',
          },
        },
        {
          value: 'safety_planning',
          label: {
            en: 'Safety planning',
            pl: 'Planowanie bezpieczeństwa',
            ro: 'Planificarea siguranței',
            ur: 'حفاظتی منصوبہ بندی',
            ar: 'التخطيط للسلامة',
          },
        },
        {
          value: 'children',
          label: {
            en: 'Children and young people affected by abuse',
            pl: 'Dzieci i młodzież doświadczające przemocy',
            ro: 'Copiii și tinerii afectați de abuz',
            ur: 'تشدد سے متاثرہ بچے اور نوجوان',
            ar: 'الأطفال والشباب المتأثرون بالإساءة',
          },
        },
        {
          value: 'older_disabled',
          label: {
            en: 'Abuse of older and disabled people',
            pl: 'Przemoc wobec osób starszych i osób z niepełnosprawnościami',
            ro: 'Abuzul asupra persoanelor în vârstă și cu dizabilități',
            ur: 'بزرگوں اور معذور افراد کے ساتھ تشدد',
            ar: 'إساءة معاملة كبار السن والأشخاص ذوي الإعاقة',
          },
        },
        {
          value: 'honour_based',
          label: {
            en: 'Honour-based abuse and forced marriage',
            pl: 'Przemoc w imię tzw. honoru i małżeństwa przymusowe',
            ro: 'Abuzul bazat pe așa-zisa „onoare” și căsătoria forțată',
            ur: 'غیرت کے نام پر تشدد اور جبری شادی',
            ar: 'العنف المرتبط بما يسمى «الشرف» والزواج القسري',
          },
        },
        {
          value: 'economic',
          label: {
            en: 'Economic abuse',
            pl: 'Przemoc ekonomiczna',
            ro: 'Abuzul economic',
            ur: 'معاشی تشدد',
            ar: 'الإساءة الاقتصادية',
          },
        },
        {
          value: 'stalking',
          label: {
            en: 'Stalking and harassment',
            pl: 'Stalking i nękanie',
            ro: 'Urmărirea obsesivă (stalking) și hărțuirea',
            ur: 'پیچھا کرنا (stalking) اور ہراسانی',
            ar: 'الملاحقة (stalking) والمضايقة',
          },
        },
        {
          value: 'harmful_behaviour',
          label: {
            en: 'Working with people who cause harm',
            pl: 'Praca z osobami stosującymi przemoc',
            ro: 'Lucrul cu persoanele care comit abuz',
            ur: 'نقصان پہنچانے والے افراد کے ساتھ کام',
            ar: 'العمل مع الأشخاص الذين يُلحقون الأذى',
          },
        },
        { value: 'other', label: SOMETHING_ELSE },
      ],
      screen: 'needs',
    },
    {
      id: 'needs_other',
      type: 'text',
      label: {
        en: 'What other training would help?',
        pl: 'Jakie inne szkolenie by pomogło?',
        ro: 'Ce altă formare te-ar ajuta?',
        ur: 'کون سی اور تربیت مددگار ہوگی؟',
        ar: 'ما التدريب الآخر الذي قد يفيد؟',
      },
      maxLength: 300,
      showIf: { q: 'needs', equals: 'other' },
      screen: 'needs',
    },
  ],
  translations: { pl: 'draft', ro: 'draft', ur: 'draft', ar: 'draft' },
};
