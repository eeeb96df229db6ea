import type { Form, I18n, Question } from '../../../protocol/form';
import {
  AGREE,
  HELPLINE_NUMBER,
  HOW_MUCH,
  LGBT,
  NO,
  SOMETHING_ELSE,
  TICK_ALL,
  YES,
  ltr,
} from './labels';

// Experts by Experience questionnaire (design §4): a member looks at a service, leaflet,
// website or process in a co-production session, usually with a worker beside them. Plain
// words (reading age about 9–11), anonymous, every item optional except the opening
// agreement, and support offered at the end. Translations are drafts (machine assisted)
// awaiting review by native speakers, worded so that they read the same for anyone: present
// tenses and "osoba" in Polish, no gendered participles in Romanian, "مجھے ..." and passive
// forms in Urdu, verbal nouns and past tenses in Arabic (see survivor-feedback.ts).

const [LOW, , , , HIGH] = AGREE as [I18n, I18n, I18n, I18n, I18n];
const AGREE_ENDS = { low: LOW, high: HIGH };

/** A statement on the 5-point agree scale with "prefer not to say". */
function agree(id: string, label: I18n, hint: I18n = HOW_MUCH): Question {
  return {
    id,
    type: 'scale',
    label,
    hint,
    points: 5,
    labels: AGREE_ENDS,
    pointLabels: AGREE,
    preferNotToSay: true,
  };
}

const NO_NAMES: I18n = {
  en: 'Please do not write the names of people.',
  pl: 'Prosimy nie wpisywać imion ani nazwisk.',
  ro: 'Te rugăm să nu scrii numele persoanelor.',
  ur: 'براہ کرم لوگوں کے نام نہ لکھیں۔',
  ar: 'يُرجى عدم كتابة أسماء الأشخاص.',
};

const FEELING: I18n[] = [
  {
    en: 'Not good at all',
    pl: 'Bardzo źle',
    ro: 'Deloc bine',
    ur: 'بالکل اچھا نہیں',
    ar: 'لست بخير إطلاقًا',
  },
  {
    en: 'Not very good',
    pl: 'Niezbyt dobrze',
    ro: 'Nu prea bine',
    ur: 'زیادہ اچھا نہیں',
    ar: 'لست على ما يرام',
  },
  { en: 'OK', pl: 'W porządku', ro: 'Așa și așa', ur: 'ٹھیک ہے', ar: 'لا بأس' },
  { en: 'Good', pl: 'Dobrze', ro: 'Bine', ur: 'اچھا', ar: 'بخير' },
  { en: 'Very good', pl: 'Bardzo dobrze', ro: 'Foarte bine', ur: 'بہت اچھا', ar: 'بخير جدًا' },
];
const [FEELING_LOW, , , , FEELING_HIGH] = FEELING as [I18n, I18n, I18n, I18n, I18n];

export const expertsByExperience: Form = {
  id: 'experts-by-experience',
  version: 1,
  kind: 'questionnaire',
  audience: 'assisted',
  anonymous: true,
  title: {
    en: 'Experts by Experience: what do you think?',
    pl: 'Eksperci przez doświadczenie (Experts by Experience): co o tym myślisz?',
    ro: 'Experți prin experiență (Experts by Experience): ce părere ai?',
    ur: 'تجربے کی بنیاد پر ماہرین (Experts by Experience): آپ کی کیا رائے ہے؟',
    ar: 'خبراء بالتجربة (Experts by Experience): ما رأيك؟',
  },
  intro: {
    en:
      'Thank you for sharing your experience with us. Today we will look at one thing ' +
      'together and ask what you think of it. Take your time. You can skip any question, ' +
      'take a break or stop at any time.',
    pl:
      'Dziękujemy, że dzielisz się z nami swoim doświadczeniem. Dziś razem przyjrzymy się ' +
      'jednej rzeczy i zapytamy, co o niej myślisz. Nie spiesz się. Możesz pominąć każde ' +
      'pytanie, zrobić przerwę albo przerwać w dowolnej chwili.',
    ro:
      'Îți mulțumim că ne împărtășești experiența ta. Astăzi ne uităm împreună la un singur ' +
      'lucru și te întrebăm ce părere ai despre el. Nu te grăbi. Poți sări peste orice ' +
      'întrebare, poți lua o pauză sau te poți opri oricând.',
    ur:
      'ہمیں اپنا تجربہ بتانے کا شکریہ۔ آج ہم مل کر ایک چیز دیکھیں گے اور پوچھیں گے کہ اس ' +
      'کے بارے میں آپ کی کیا رائے ہے۔ آرام سے وقت لیں۔ جو سوال چاہیں چھوڑ دیں، وقفہ لیں، ' +
      'یا کسی بھی وقت رک جائیں۔',
    ar:
      'شكرًا لمشاركتنا تجربتك. سننظر اليوم معًا في شيء واحد ونسأل عن رأيك فيه. لا داعي ' +
      'للعجلة. يمكنك تخطّي أي سؤال، أو أخذ استراحة، أو التوقف في أي وقت.',
  },
  outro: {
    en:
      'Thank you. What you told us today will be used to make things better. ' +
      'We will tell the group what changed because of it.',
    pl:
      'Dziękujemy. Wykorzystamy Twoje dzisiejsze uwagi, żeby coś poprawić. ' +
      'Powiemy grupie, co się dzięki nim zmieniło.',
    ro:
      'Mulțumim. Ce ne-ai spus astăzi va fi folosit ca să facem lucrurile mai bune. ' +
      'Vom spune grupului ce s-a schimbat datorită părerilor tale.',
    ur:
      'شکریہ۔ آج آپ نے جو بتایا، اس سے چیزوں کو بہتر بنایا جائے گا۔ ' +
      'اس کی وجہ سے جو کچھ بدلا، وہ ہم گروپ کو بتائیں گے۔',
    ar:
      'شكرًا لك. سنستخدم ما أخبرتنا به اليوم لتحسين الأمور. ' + 'وسنُطلع المجموعة على ما تغيّر بفضله.',
  },
  questions: [
    {
      id: 'agree_start',
      type: 'consent',
      label: {
        en: 'I understand I can stop or skip a question at any time. My answers are anonymous.',
        pl: 'Rozumiem, że w każdej chwili mogę przerwać albo pominąć pytanie. Moje odpowiedzi są anonimowe.',
        ro: 'Înțeleg că mă pot opri sau pot sări peste o întrebare oricând. Răspunsurile mele sunt anonime.',
        ur: 'مجھے معلوم ہے کہ کسی بھی وقت رکنے یا کوئی سوال چھوڑنے کی اجازت ہے۔ میرے جوابات گمنام ہیں۔',
        ar: 'أفهم أنه يمكنني التوقف أو تخطّي أي سؤال في أي وقت. إجاباتي مجهولة الهوية.',
      },
      hint: {
        en: 'Anonymous means nobody will know these answers came from you.',
        pl: 'Anonimowe znaczy, że nikt nie będzie wiedział, że te odpowiedzi są od Ciebie.',
        ro: 'Anonim înseamnă că nimeni nu va ști că aceste răspunsuri sunt de la tine.',
        ur: 'گمنام کا مطلب ہے کہ کسی کو پتا نہیں چلے گا کہ یہ جوابات آپ کے ہیں۔',
        ar: '«مجهولة الهوية» يعني أنه لن يعرف أحد أن هذه الإجابات منك.',
      },
      required: true,
    },
    // What we are looking at
    {
      id: 'looking_at',
      type: 'choice',
      label: {
        en: 'What are we looking at today?',
        pl: 'Czemu dziś się przyglądamy?',
        ro: 'La ce ne uităm astăzi?',
        ur: 'آج ہم کیا دیکھ رہے ہیں؟',
        ar: 'ما الذي ننظر فيه اليوم؟',
      },
      options: [
        {
          value: 'service',
          label: {
            en: 'A service',
            pl: 'Forma pomocy',
            ro: 'Un serviciu',
            ur: 'کوئی سروس',
            ar: 'خدمة',
          },
        },
        {
          value: 'leaflet_poster',
          label: {
            en: 'A leaflet or poster',
            pl: 'Ulotka lub plakat',
            ro: 'Un pliant sau un afiș',
            ur: 'کوئی پمفلٹ یا پوسٹر',
            ar: 'منشور أو ملصق',
          },
        },
        {
          value: 'website',
          label: {
            en: 'A website',
            pl: 'Strona internetowa',
            ro: 'Un site web',
            ur: 'کوئی ویب سائٹ',
            ar: 'موقع إلكتروني',
          },
        },
        {
          value: 'process_form',
          label: {
            en: 'A process or form',
            pl: 'Procedura lub formularz',
            ro: 'Un proces sau un formular',
            ur: 'کوئی طریقۂ کار یا فارم',
            ar: 'إجراء أو استمارة',
          },
        },
        { value: 'other', label: SOMETHING_ELSE },
      ],
      screen: 'what',
    },
    {
      id: 'looking_at_name',
      type: 'text',
      label: {
        en: 'What is it called?',
        pl: 'Jak to się nazywa?',
        ro: 'Cum se numește?',
        ur: 'اس کا نام کیا ہے؟',
        ar: 'ما اسمه؟',
      },
      hint: {
        en: 'For example, the name of the leaflet or the service.',
        pl: 'Na przykład nazwa ulotki albo miejsca pomocy.',
        ro: 'De exemplu, numele pliantului sau al serviciului.',
        ur: 'مثلاً پمفلٹ یا سروس کا نام۔',
        ar: 'مثلًا: اسم المنشور أو الخدمة.',
      },
      maxLength: 200,
      warning: NO_NAMES,
      screen: 'what',
    },
    // What you think of it
    agree(
      'clear',
      {
        en: 'It is clear and easy to understand.',
        pl: 'To jest jasne i łatwe do zrozumienia.',
        ro: 'Este clar și ușor de înțeles.',
        ur: 'یہ واضح اور سمجھنے میں آسان ہے۔',
        ar: 'واضح وسهل الفهم.',
      },
      {
        en: 'Does it use jargon? Jargon means words that only professionals use.',
        pl: 'Czy jest w tym żargon? Żargon to słowa, których używają tylko specjaliści.',
        ro: 'Folosește jargon? Jargon înseamnă cuvinte pe care le folosesc doar specialiștii.',
        ur: 'کیا اس میں مشکل پیشہ ورانہ الفاظ (jargon) ہیں؟ یعنی ایسے الفاظ جو صرف ماہرین استعمال کرتے ہیں۔',
        ar: 'هل يستخدم مصطلحات متخصصة؟ أي كلمات لا يستخدمها إلا المختصون.',
      },
    ),
    agree('belief', {
      en: 'It shows that people will be believed and not blamed.',
      pl: 'Pokazuje, że ludziom się uwierzy i nikt nie będzie ich obwiniać.',
      ro: 'Arată că oamenii vor fi crezuți și nu vor fi învinovățiți.',
      ur: 'اس سے پتا چلتا ہے کہ لوگوں کی بات پر یقین کیا جائے گا اور انہیں قصوروار نہیں ٹھہرایا جائے گا۔',
      ar: 'يُظهر أن الناس سيُصدَّقون ولن يُلاموا.',
    }),
    agree(
      'realistic',
      {
        en: 'It is realistic for someone who is living with abuse.',
        pl: 'To jest realne dla osoby, która doświadcza przemocy.',
        ro: 'Este realist pentru cineva care trăiește într-o situație de abuz.',
        ur: 'یہ کسی ایسے شخص کے لیے قابلِ عمل ہے جو تشدد کا سامنا کر رہا ہو۔',
        ar: 'واقعي لمن يعيش في ظل الإساءة.',
      },
      {
        en: 'Think about the time, money or steps it needs.',
        pl: 'Pomyśl o czasie, pieniądzach albo krokach, których to wymaga.',
        ro: 'Gândește-te la timpul, banii sau pașii de care e nevoie.',
        ur: 'سوچیں کہ اس کے لیے کتنا وقت، پیسہ یا کتنے مراحل درکار ہیں۔',
        ar: 'مثلًا: الوقت أو المال أو الخطوات التي يتطلبها.',
      },
    ),
    {
      id: 'risk',
      type: 'yesno',
      label: {
        en: 'Could anything in it put someone at risk, or bring back painful memories?',
        pl: 'Czy coś w tym może narazić kogoś na niebezpieczeństwo albo przywołać bolesne wspomnienia?',
        ro: 'Ar putea ceva de aici să pună pe cineva în pericol sau să aducă înapoi amintiri dureroase?',
        ur: 'کیا اس میں کوئی ایسی بات ہے جو کسی کو خطرے میں ڈال سکے، یا تکلیف دہ یادیں واپس لے آئے؟',
        ar: 'هل فيه ما قد يعرّض أحدًا للخطر، أو يعيد ذكريات مؤلمة؟',
      },
      preferNotToSay: true,
      screen: 'risk',
    },
    {
      id: 'risk_what',
      type: 'text',
      label: {
        en: 'What could do that?',
        pl: 'Co mogłoby tak zadziałać?',
        ro: 'Ce anume ar putea face asta?',
        ur: 'کون سی بات ایسا کر سکتی ہے؟',
        ar: 'ما الذي قد يفعل ذلك؟',
      },
      maxLength: 1000,
      multiline: true,
      warning: NO_NAMES,
      showIf: { q: 'risk', equals: 'yes' },
      screen: 'risk',
    },
    // Who it works for
    {
      id: 'works_for_all',
      type: 'choice',
      label: {
        en: 'Would it work for everyone who might need it?',
        pl: 'Czy to się sprawdzi u wszystkich osób, które mogą tego potrzebować?',
        ro: 'Ar funcționa pentru toți cei care ar putea avea nevoie de el?',
        ur: 'کیا یہ ان سب کے کام آئے گا جنہیں اس کی ضرورت ہو سکتی ہے؟',
        ar: 'هل يناسب كل من قد يحتاج إليه؟',
      },
      options: [
        { value: 'yes', label: YES },
        { value: 'no', label: NO },
        {
          value: 'not_sure',
          label: {
            en: 'I’m not sure',
            pl: 'Nie mam pewności',
            ro: 'Nu știu sigur',
            ur: 'مجھے یقین نہیں',
            ar: 'لست على يقين',
          },
        },
      ],
      screen: 'works',
    },
    {
      id: 'not_work_for',
      type: 'choice',
      multiple: true,
      label: {
        en: 'Who might it not work for?',
        pl: 'U kogo może się to nie sprawdzić?',
        ro: 'Pentru cine s-ar putea să nu funcționeze?',
        ur: 'یہ کن لوگوں کے کام نہیں آ سکتا؟',
        ar: 'لمن قد لا يناسب؟',
      },
      hint: TICK_ALL,
      options: [
        {
          value: 'languages',
          label: {
            en: 'People who speak other languages',
            pl: 'Osoby mówiące w innych językach',
            ro: 'Persoane care vorbesc alte limbi',
            ur: 'دوسری زبانیں بولنے والے لوگ',
            ar: 'الأشخاص الذين يتحدثون لغات أخرى',
          },
        },
        {
          value: 'disabled',
          label: {
            en: 'Disabled people',
            pl: 'Osoby z niepełnosprawnościami',
            ro: 'Persoane cu dizabilități',
            ur: 'معذور افراد',
            ar: 'الأشخاص ذوو الإعاقة',
          },
        },
        {
          value: 'lgbt',
          label: {
            en: 'LGBT+ people',
            pl: 'Osoby LGBT+',
            ro: 'Persoane LGBT+',
            ur: `${LGBT} افراد`,
            ar: `أفراد مجتمع ${LGBT}`,
          },
        },
        {
          value: 'men',
          label: { en: 'Men', pl: 'Mężczyźni', ro: 'Bărbați', ur: 'مرد', ar: 'الرجال' },
        },
        {
          value: 'minoritised',
          label: {
            en: 'People from minoritised communities',
            pl: 'Osoby ze społeczności mniejszościowych',
            ro: 'Persoane din comunități minoritare',
            ur: 'اقلیتی برادریوں کے لوگ',
            ar: 'أشخاص من مجتمعات الأقليات',
          },
        },
        {
          value: 'older',
          label: {
            en: 'Older people',
            pl: 'Osoby starsze',
            ro: 'Persoane în vârstă',
            ur: 'بزرگ افراد',
            ar: 'كبار السن',
          },
        },
        {
          value: 'other',
          label: {
            en: 'Someone else',
            pl: 'Ktoś inny',
            ro: 'Altcineva',
            ur: 'کوئی اور',
            ar: 'أشخاص آخرون',
          },
        },
      ],
      showIf: { q: 'works_for_all', in: ['no', 'not_sure'] },
      screen: 'works',
    },
    {
      id: 'not_work_for_help',
      type: 'text',
      label: {
        en: 'What would help it work for them?',
        pl: 'Co by pomogło, żeby to było dobre także dla nich?',
        ro: 'Ce ar ajuta ca să funcționeze și pentru ei?',
        ur: 'کیا چیز اسے ان کے لیے کارآمد بنا سکتی ہے؟',
        ar: 'ما الذي قد يجعله مناسبًا لهم؟',
      },
      maxLength: 1000,
      multiline: true,
      warning: NO_NAMES,
      showIf: { q: 'not_work_for', answered: true },
      screen: 'works',
    },
    {
      id: 'change_first',
      type: 'text',
      label: {
        en: 'What should we change first?',
        pl: 'Co trzeba zmienić najpierw?',
        ro: 'Ce ar trebui să schimbăm mai întâi?',
        ur: 'ہمیں سب سے پہلے کیا بدلنا چاہیے؟',
        ar: 'ما الذي يجب أن نغيّره أولًا؟',
      },
      maxLength: 1000,
      multiline: true,
      warning: NO_NAMES,
    },
    {
      id: 'made_difference',
      type: 'choice',
      label: {
        en: 'Did what you told us before make a difference?',
        pl: 'Czy Twoje wcześniejsze uwagi coś zmieniły?',
        ro: 'Ce ne-ai spus data trecută a schimbat ceva?',
        ur: 'کیا آپ نے پہلے جو بتایا تھا، اس سے کوئی فرق پڑا؟',
        ar: 'هل أحدث ما أخبرتنا به سابقًا فرقًا؟',
      },
      options: [
        {
          value: 'yes_a_lot',
          label: {
            en: 'Yes, a lot',
            pl: 'Tak, bardzo',
            ro: 'Da, foarte mult',
            ur: 'ہاں، بہت',
            ar: 'نعم، كثيرًا',
          },
        },
        {
          value: 'a_little',
          label: { en: 'A little', pl: 'Trochę', ro: 'Puțin', ur: 'تھوڑا سا', ar: 'قليلًا' },
        },
        {
          value: 'not_yet',
          label: {
            en: 'Not yet',
            pl: 'Jeszcze nie',
            ro: 'Încă nu',
            ur: 'ابھی تک نہیں',
            ar: 'ليس بعد',
          },
        },
        {
          value: 'dont_know',
          label: {
            en: 'I don’t know',
            pl: 'Nie wiem',
            ro: 'Nu știu',
            ur: 'مجھے نہیں معلوم',
            ar: 'لا أعرف',
          },
        },
        {
          value: 'first_time',
          label: {
            en: 'This is my first time',
            pl: 'Jestem tu pierwszy raz',
            ro: 'Este prima dată când particip',
            ur: 'یہ میرا پہلا موقع ہے',
            ar: 'هذه أول مرة أشارك فيها',
          },
        },
      ],
    },
    // Looking after you
    {
      id: 'feeling',
      type: 'scale',
      label: {
        en: 'How are you feeling after today?',
        pl: 'Jak się czujesz po dzisiejszym dniu?',
        ro: 'Cum te simți după ziua de azi?',
        ur: 'آج کے بعد آپ کو کیسا لگ رہا ہے؟',
        ar: 'كيف شعورك بعد جلسة اليوم؟',
      },
      points: 5,
      labels: { low: FEELING_LOW, high: FEELING_HIGH },
      pointLabels: FEELING,
      preferNotToSay: true,
      screen: 'feeling',
    },
    {
      id: 'want_support',
      type: 'yesno',
      label: {
        en: 'Would you like to talk to someone about how you feel?',
        pl: 'Czy chcesz z kimś porozmawiać o tym, jak się czujesz?',
        ro: 'Vrei să vorbești cu cineva despre cum te simți?',
        ur: 'کیا آپ کی مرضی ہے کہ اپنے احساسات کے بارے میں کسی سے بات کریں؟',
        ar: 'هل لديك رغبة في التحدث مع أحد عن شعورك؟',
      },
      preferNotToSay: true,
      screen: 'feeling',
    },
    {
      id: 'support',
      type: 'info',
      label: {
        en: 'Support is here for you',
        pl: 'Wsparcie jest tu dla Ciebie',
        ro: 'Sprijinul este aici pentru tine',
        ur: 'مدد آپ کے لیے موجود ہے',
        ar: 'الدعم متاح لك',
      },
      hint: {
        en:
          'Please tell the person running the session. They can talk with you now. ' +
          'You can also call the National Domestic Abuse Helpline, free, day or night: ' +
          '0800 2000 247. In an emergency, call 999.',
        pl:
          'Powiedz o tym osobie, która prowadzi spotkanie. Może porozmawiać z Tobą od razu. ' +
          'Możesz też zadzwonić na krajową infolinię ds. przemocy domowej (National Domestic ' +
          `Abuse Helpline), bezpłatnie, w dzień i w nocy: ${HELPLINE_NUMBER}. ` +
          'W sytuacji zagrożenia zadzwoń pod numer 999.',
        ro:
          'Te rugăm să-i spui persoanei care conduce sesiunea. Poate vorbi cu tine chiar acum. ' +
          'Poți suna și la linia telefonică națională pentru violență domestică (National ' +
          `Domestic Abuse Helpline), gratuit, zi și noapte: ${HELPLINE_NUMBER}. ` +
          'În caz de urgență, sună la 999.',
        ur:
          'براہ کرم سیشن چلانے والے شخص کو بتائیں۔ ان سے ابھی بات ہو سکتی ہے۔ ' +
          'آپ گھریلو تشدد کی قومی ہیلپ لائن (National Domestic Abuse Helpline) کو بھی فون ' +
          `کر لیں: ${ltr(HELPLINE_NUMBER)}۔ یہ مفت ہے اور دن رات کھلی رہتی ہے۔ ` +
          'ہنگامی صورت میں 999 پر فون کریں۔',
        ar:
          'يُرجى إخبار الشخص الذي يدير الجلسة، فبإمكانه التحدث معك الآن. ويمكنك أيضًا ' +
          'الاتصال بالخط الوطني للمساعدة في حالات العنف الأسري (National Domestic Abuse ' +
          `Helpline) مجانًا، ليلًا أو نهارًا: ${ltr(HELPLINE_NUMBER)}. ` +
          'في حالات الطوارئ، يُرجى الاتصال بالرقم 999.',
      },
      showIf: {
        any: [
          { q: 'feeling', in: [1, 2] },
          { q: 'want_support', equals: 'yes' },
        ],
      },
    },
  ],
  translations: { pl: 'draft', ro: 'draft', ur: 'draft', ar: 'draft' },
};
