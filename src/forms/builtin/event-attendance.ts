import type { Form, I18n } from '../../../protocol/form';
import {
  AGE_BANDS,
  CHILDRENS_SERVICES,
  CLARES_LAW,
  HEALTH,
  HOUSING,
  IDVA_SERVICE,
  LGBT,
  MAN,
  NATIONAL_HELPLINE,
  NON_BINARY,
  OTHER,
  POLICE,
  TICK_ALL,
  VOLUNTARY_SECTOR,
  WOMAN,
} from './labels';

// Event attendance (design §4): filled in by the outreach worker during and after an event,
// on the attendance tally sheet (tallies with big +/− buttons). Counts only: nothing here
// may name or describe a person. Every item is optional. Translations are drafts (machine
// assisted) awaiting review by native speakers: plain professional wording, informal "ty" /
// "tu" as in the rest of the app, polite "آپ" in Urdu, and Arabic worded so that it reads
// the same for a woman or a man (passives, "يُرجى" + verbal noun).

const NO_NAMES: I18n = {
  en: 'Do not write the names of people.',
  pl: 'Nie wpisuj imion ani nazwisk.',
  ro: 'Nu scrie numele persoanelor.',
  ur: 'لوگوں کے نام نہ لکھیں۔',
  ar: 'يُرجى عدم كتابة أسماء الأشخاص.',
};
const ORGANISATIONS_ONLY: I18n = {
  en: 'Organisation names only, never people’s names.',
  pl: 'Tylko nazwy organizacji, nigdy imiona i nazwiska osób.',
  ro: 'Doar numele organizațiilor, niciodată numele persoanelor.',
  ur: 'صرف اداروں کے نام، لوگوں کے نام کبھی نہیں۔',
  ar: 'أسماء المنظمات فقط، وليس أسماء الأشخاص أبدًا.',
};
/** The tally band for people whose age or gender the worker does not know. */
const NOT_RECORDED: I18n = {
  en: 'Not recorded',
  pl: 'Nie zapisano',
  ro: 'Neînregistrat',
  ur: 'درج نہیں کیا',
  ar: 'غير مسجَّل',
};

export const eventAttendance: Form = {
  id: 'event-attendance',
  version: 1,
  kind: 'attendance',
  audience: 'staff',
  anonymous: true,
  title: {
    en: 'Event attendance',
    pl: 'Udział w wydarzeniu',
    ro: 'Participarea la eveniment',
    ur: 'تقریب میں شرکت',
    ar: 'الحضور في الفعالية',
  },
  intro: {
    en:
      'Record who you reached at this event. Count people; never write their names. ' +
      'Every item is optional, and you can keep adding to the counts until you close the event.',
    pl:
      'Zapisz, do ilu osób udało się dotrzeć podczas tego wydarzenia. Licz osoby; nigdy nie ' +
      'wpisuj ich imion. Każde pole jest opcjonalne, a liczby można uzupełniać aż do ' +
      'zamknięcia wydarzenia.',
    ro:
      'Notează câte persoane ai întâlnit la acest eveniment. Numără persoanele; nu le scrie ' +
      'niciodată numele. Toate întrebările sunt opționale și poți adăuga la numărători până ' +
      'când închizi evenimentul.',
    ur:
      'اس تقریب میں جتنے لوگوں سے رابطہ ہوا، ان کا ریکارڈ رکھیں۔ لوگوں کو گنیں؛ ان کے نام ' +
      'کبھی نہ لکھیں۔ ہر سوال اختیاری ہے، اور تقریب بند کرنے تک گنتی میں اضافہ کیا جا سکتا ہے۔',
    ar:
      'يُرجى تسجيل عدد الأشخاص الذين تم الوصول إليهم في هذه الفعالية. تُسجَّل الأعداد فقط، ' +
      'ولا تُكتب الأسماء أبدًا. كل البنود اختيارية، ويمكن مواصلة الإضافة إلى الأعداد حتى ' +
      'إغلاق الفعالية.',
  },
  outro: {
    en: 'Thank you. When you close the event, this sheet is sealed and sent the next time the tablet is online.',
    pl:
      'Dziękujemy. Po zamknięciu wydarzenia ten arkusz zostanie zaszyfrowany i wysłany, ' +
      'gdy tablet następnym razem połączy się z internetem.',
    ro:
      'Mulțumim. Când închizi evenimentul, această fișă este criptată și trimisă data ' +
      'viitoare când tableta este conectată la internet.',
    ur:
      'شکریہ۔ تقریب بند کرنے پر یہ شیٹ محفوظ طریقے سے بند (انکرپٹ) کر دی جاتی ہے، اور ' +
      'اگلی بار ٹیبلیٹ کے آن لائن ہونے پر بھیج دی جاتی ہے۔',
    ar:
      'شكرًا لك. عند إغلاق الفعالية، تُشفَّر هذه الورقة وتُرسَل في المرة التالية التي يتصل ' +
      'فيها الجهاز اللوحي بالإنترنت.',
  },
  questions: [
    // The event
    {
      id: 'event_type',
      type: 'choice',
      label: {
        en: 'What kind of event was it?',
        pl: 'Jakie to było wydarzenie?',
        ro: 'Ce fel de eveniment a fost?',
        ur: 'یہ کس قسم کی تقریب تھی؟',
        ar: 'ما نوع الفعالية؟',
      },
      options: [
        {
          value: 'stall',
          label: {
            en: 'Stall or stand',
            pl: 'Stoisko lub punkt informacyjny',
            ro: 'Stand sau masă informativă',
            ur: 'اسٹال یا اسٹینڈ',
            ar: 'كشك أو منصة عرض',
          },
        },
        {
          value: 'drop_in',
          label: {
            en: 'Drop-in',
            pl: 'Dyżur bez zapisów',
            ro: 'Program deschis, fără programare',
            ur: 'ڈراپ اِن (بغیر اپائنٹمنٹ)',
            ar: 'جلسة مفتوحة دون موعد',
          },
        },
        {
          value: 'school_session',
          label: {
            en: 'School session',
            pl: 'Zajęcia w szkole',
            ro: 'Sesiune la școală',
            ur: 'اسکول میں سیشن',
            ar: 'جلسة في مدرسة',
          },
        },
        {
          value: 'training_session',
          label: {
            en: 'Training session',
            pl: 'Szkolenie',
            ro: 'Sesiune de formare',
            ur: 'تربیتی سیشن',
            ar: 'جلسة تدريبية',
          },
        },
        {
          value: 'community_event',
          label: {
            en: 'Community event',
            pl: 'Wydarzenie lokalne',
            ro: 'Eveniment comunitar',
            ur: 'کمیونٹی تقریب',
            ar: 'فعالية مجتمعية',
          },
        },
        {
          value: 'awareness_campaign',
          label: {
            en: 'Awareness campaign',
            pl: 'Kampania społeczna',
            ro: 'Campanie de conștientizare',
            ur: 'آگاہی مہم',
            ar: 'حملة توعية',
          },
        },
        { value: 'other', label: OTHER },
      ],
      screen: 'event',
    },
    {
      id: 'event_type_other',
      type: 'text',
      label: {
        en: 'What kind of event was it?',
        pl: 'Jakie to było wydarzenie?',
        ro: 'Ce fel de eveniment a fost?',
        ur: 'یہ کس قسم کی تقریب تھی؟',
        ar: 'ما نوع الفعالية؟',
      },
      hint: {
        en: 'Describe the event in a few words.',
        pl: 'Opisz wydarzenie w kilku słowach.',
        ro: 'Descrie evenimentul în câteva cuvinte.',
        ur: 'چند الفاظ میں تقریب کے بارے میں بتائیں۔',
        ar: 'يُرجى وصف الفعالية بكلمات قليلة.',
      },
      maxLength: 100,
      warning: NO_NAMES,
      showIf: { q: 'event_type', equals: 'other' },
      screen: 'event',
    },
    {
      id: 'area',
      type: 'text',
      label: {
        en: 'Area or ward',
        pl: 'Obszar lub dzielnica',
        ro: 'Zona sau cartierul',
        ur: 'علاقہ یا وارڈ',
        ar: 'المنطقة أو الحي',
      },
      hint: {
        en: 'For example, the ward or the part of town.',
        pl: 'Na przykład dzielnica lub część miasta.',
        ro: 'De exemplu, cartierul sau partea din oraș.',
        ur: 'مثلاً وارڈ یا شہر کا کوئی حصہ۔',
        ar: 'مثلًا: الحي أو الجزء من المدينة.',
      },
      maxLength: 100,
      warning: {
        en: 'Area or ward only. Do not write the names of people or their addresses.',
        pl: 'Tylko obszar lub dzielnica. Nie wpisuj imion, nazwisk ani adresów.',
        ro: 'Doar zona sau cartierul. Nu scrie numele sau adresele persoanelor.',
        ur: 'صرف علاقہ یا وارڈ۔ لوگوں کے نام یا پتے نہ لکھیں۔',
        ar: 'المنطقة أو الحي فقط. يُرجى عدم كتابة أسماء الأشخاص أو عناوينهم.',
      },
      screen: 'event',
    },
    {
      id: 'partners',
      type: 'choice',
      multiple: true,
      label: {
        en: 'Which partners were there?',
        pl: 'Które instytucje partnerskie były obecne?',
        ro: 'Ce parteneri au fost prezenți?',
        ur: 'کون سے شراکت دار ادارے موجود تھے؟',
        ar: 'ما الجهات الشريكة التي حضرت؟',
      },
      hint: TICK_ALL,
      options: [
        { value: 'police', label: POLICE },
        { value: 'health', label: HEALTH },
        { value: 'housing', label: HOUSING },
        { value: 'childrens_services', label: CHILDRENS_SERVICES },
        { value: 'voluntary_sector', label: VOLUNTARY_SECTOR },
        { value: 'idva_service', label: IDVA_SERVICE },
        { value: 'other', label: OTHER },
      ],
      screen: 'partners',
    },
    {
      id: 'partners_other',
      type: 'text',
      label: {
        en: 'Which other partners were there?',
        pl: 'Jakie inne instytucje partnerskie były obecne?',
        ro: 'Ce alți parteneri au fost prezenți?',
        ur: 'اور کون سے شراکت دار ادارے موجود تھے؟',
        ar: 'ما الجهات الشريكة الأخرى التي حضرت؟',
      },
      maxLength: 200,
      warning: ORGANISATIONS_ONLY,
      showIf: { q: 'partners', in: ['other'] },
      screen: 'partners',
    },
    // Headline counts
    {
      id: 'people_engaged',
      type: 'number',
      label: {
        en: 'How many people did you engage with?',
        pl: 'Z iloma osobami udało się nawiązać kontakt?',
        ro: 'Cu câte persoane ai interacționat?',
        ur: 'کتنے لوگوں سے رابطہ ہوا؟',
        ar: 'كم عدد الأشخاص الذين تواصلت معهم؟',
      },
      hint: {
        en: 'Everyone who stopped to talk or took information.',
        pl: 'Każda osoba, która zatrzymała się na rozmowę lub wzięła materiały.',
        ro: 'Toți cei care s-au oprit să vorbească sau au luat informații.',
        ur: 'ہر وہ شخص جو بات کرنے کے لیے رکا یا معلومات لے کر گیا۔',
        ar: 'كل من توقّف للحديث أو أخذ معلومات.',
      },
      min: 0,
      max: 5000,
      screen: 'counts',
    },
    {
      id: 'conversations',
      type: 'number',
      label: {
        en: 'How many meaningful conversations did you have?',
        pl: 'Ile było znaczących rozmów?',
        ro: 'Câte conversații semnificative ai avut?',
        ur: 'کتنی بامقصد بات چیت ہوئی؟',
        ar: 'كم عدد المحادثات الهادفة التي أجريتها؟',
      },
      hint: {
        en: 'Conversations about abuse, safety or support, not just handing over a leaflet.',
        pl: 'Rozmowy o przemocy, bezpieczeństwie lub wsparciu, a nie tylko wręczenie ulotki.',
        ro: 'Conversații despre abuz, siguranță sau sprijin, nu doar înmânarea unui pliant.',
        ur: 'تشدد، حفاظت یا مدد کے بارے میں بات چیت، صرف پمفلٹ دینا نہیں۔',
        ar: 'محادثات عن الإساءة أو السلامة أو الدعم، وليس مجرد تسليم منشور.',
      },
      min: 0,
      max: 5000,
      screen: 'counts',
    },
    // Optional tallies by band, only if the worker chooses to record them.
    {
      id: 'record_bands',
      type: 'yesno',
      label: {
        en: 'Record tallies by age and gender?',
        pl: 'Czy zapisać liczby według wieku i płci?',
        ro: 'Notezi numărătorile pe vârstă și gen?',
        ur: 'کیا عمر اور صنف کے لحاظ سے گنتی درج کرنی ہے؟',
        ar: 'هل يتم تسجيل الأعداد حسب العمر والجنس؟',
      },
      hint: {
        en: 'Optional. Count only what you know without asking; use “Not recorded” otherwise.',
        pl: 'Opcjonalnie. Licz tylko to, co wiesz bez pytania; w innym razie wybierz „Nie zapisano”.',
        ro: 'Opțional. Numără doar ce știi fără să întrebi; altfel folosește „Neînregistrat”.',
        ur: 'اختیاری۔ صرف وہی گنیں جو پوچھے بغیر معلوم ہو؛ ورنہ “درج نہیں کیا” استعمال کریں۔',
        ar: 'اختياري. تُحسب فقط المعلومات المعروفة دون سؤال؛ وإلا يُستخدم خيار «غير مسجَّل».',
      },
      screen: 'bands',
    },
    {
      id: 'school_note',
      type: 'info',
      label: {
        en: 'At a school session',
        pl: 'Podczas zajęć w szkole',
        ro: 'La o sesiune la școală',
        ur: 'اسکول کے سیشن میں',
        ar: 'في جلسة مدرسية',
      },
      hint: {
        en: 'Count pupils under “Under 18”. Count staff and parents in their own age band.',
        pl: 'Uczniów licz w grupie „Poniżej 18 lat”. Personel i rodziców licz w ich własnych grupach wiekowych.',
        ro: 'Numără elevii la „Sub 18 ani”. Numără personalul și părinții la grupa lor de vârstă.',
        ur: 'طلبہ کو “18 سال سے کم” میں گنیں۔ عملے اور والدین کو ان کی اپنی عمر کے گروپ میں گنیں۔',
        ar: 'يُحسب التلاميذ ضمن «أقل من 18 سنة». ويُحسب الموظفون وأولياء الأمور ضمن فئتهم العمرية.',
      },
      showIf: {
        all: [
          { q: 'event_type', equals: 'school_session' },
          { q: 'record_bands', equals: 'yes' },
        ],
      },
      screen: 'bands',
    },
    {
      id: 'age_bands',
      type: 'tally',
      label: {
        en: 'People by age',
        pl: 'Osoby według wieku',
        ro: 'Persoane după vârstă',
        ur: 'عمر کے لحاظ سے لوگ',
        ar: 'الأشخاص حسب العمر',
      },
      bands: [...AGE_BANDS, { value: 'not_recorded', label: NOT_RECORDED }],
      showIf: { q: 'record_bands', equals: 'yes' },
      screen: 'bands',
    },
    {
      id: 'gender_bands',
      type: 'tally',
      label: {
        en: 'People by gender',
        pl: 'Osoby według płci',
        ro: 'Persoane după gen',
        ur: 'صنف کے لحاظ سے لوگ',
        ar: 'الأشخاص حسب الجنس',
      },
      bands: [
        { value: 'woman', label: WOMAN },
        { value: 'man', label: MAN },
        { value: 'non_binary', label: NON_BINARY },
        {
          value: 'another_way',
          label: {
            en: 'Describes themselves another way',
            pl: 'Określa siebie inaczej',
            ro: 'Se descrie altfel',
            ur: 'اپنی پہچان کسی اور طرح بتاتے ہیں',
            ar: 'يصفون أنفسهم بطريقة أخرى',
          },
        },
        { value: 'not_recorded', label: NOT_RECORDED },
      ],
      showIf: { q: 'record_bands', equals: 'yes' },
      screen: 'bands',
    },
    // Leaflets and signposting
    {
      id: 'leaflets_type',
      type: 'tally',
      label: {
        en: 'Leaflets given out, by type',
        pl: 'Rozdane ulotki według rodzaju',
        ro: 'Pliante împărțite, după tip',
        ur: 'دیے گئے پمفلٹ، قسم کے لحاظ سے',
        ar: 'المنشورات الموزَّعة حسب النوع',
      },
      bands: [
        {
          value: 'helpline_card',
          label: {
            en: 'National helpline card',
            pl: 'Karta z numerem krajowej infolinii',
            ro: 'Card cu linia telefonică națională',
            ur: 'قومی ہیلپ لائن کارڈ',
            ar: 'بطاقة الخط الوطني للمساعدة',
          },
        },
        {
          value: 'local_services',
          label: {
            en: 'Local services leaflet',
            pl: 'Ulotka o lokalnej pomocy',
            ro: 'Pliant despre serviciile locale',
            ur: 'مقامی خدمات کا پمفلٹ',
            ar: 'منشور الخدمات المحلية',
          },
        },
        {
          value: 'children_young_people',
          label: {
            en: 'Children and young people',
            pl: 'Dzieci i młodzież',
            ro: 'Copii și tineri',
            ur: 'بچے اور نوجوان',
            ar: 'الأطفال والشباب',
          },
        },
        {
          value: 'for_men',
          label: {
            en: 'For men',
            pl: 'Dla mężczyzn',
            ro: 'Pentru bărbați',
            ur: 'مردوں کے لیے',
            ar: 'للرجال',
          },
        },
        {
          value: 'lgbt',
          label: {
            en: 'LGBT+',
            pl: 'Dla osób LGBT+',
            ro: 'Pentru persoane LGBT+',
            ur: `${LGBT} کے لیے`,
            ar: `لمجتمع ${LGBT}`,
          },
        },
        {
          value: 'easy_read',
          label: {
            en: 'Easy read',
            pl: 'Tekst łatwy do czytania',
            ro: 'Ușor de citit',
            ur: 'آسان زبان',
            ar: 'سهل القراءة',
          },
        },
        { value: 'other', label: OTHER },
      ],
      screen: 'leaflets',
    },
    {
      id: 'leaflets_language',
      type: 'tally',
      label: {
        en: 'Leaflets given out, by language',
        pl: 'Rozdane ulotki według języka',
        ro: 'Pliante împărțite, după limbă',
        ur: 'دیے گئے پمفلٹ، زبان کے لحاظ سے',
        ar: 'المنشورات الموزَّعة حسب اللغة',
      },
      bands: [
        {
          value: 'english',
          label: { en: 'English', pl: 'Angielski', ro: 'Engleză', ur: 'انگریزی', ar: 'الإنجليزية' },
        },
        {
          value: 'polish',
          label: { en: 'Polish', pl: 'Polski', ro: 'Poloneză', ur: 'پولش', ar: 'البولندية' },
        },
        {
          value: 'romanian',
          label: { en: 'Romanian', pl: 'Rumuński', ro: 'Română', ur: 'رومانوی', ar: 'الرومانية' },
        },
        {
          value: 'urdu',
          label: { en: 'Urdu', pl: 'Urdu', ro: 'Urdu', ur: 'اردو', ar: 'الأردية' },
        },
        {
          value: 'arabic',
          label: { en: 'Arabic', pl: 'Arabski', ro: 'Arabă', ur: 'عربی', ar: 'العربية' },
        },
        {
          value: 'other',
          label: {
            en: 'Other language',
            pl: 'Inny język',
            ro: 'Altă limbă',
            ur: 'کوئی اور زبان',
            ar: 'لغة أخرى',
          },
        },
      ],
      screen: 'leaflets',
    },
    {
      id: 'signposting',
      type: 'tally',
      label: {
        en: 'People signposted, by where to',
        pl: 'Osoby, którym wskazano, gdzie szukać pomocy – według miejsca',
        ro: 'Persoane îndrumate, după serviciul recomandat',
        ur: 'رہنمائی کیے گئے لوگ، جگہ کے لحاظ سے',
        ar: 'الأشخاص الذين تم توجيههم، حسب الجهة',
      },
      bands: [
        { value: 'national_helpline', label: NATIONAL_HELPLINE },
        { value: 'idva_service', label: IDVA_SERVICE },
        {
          value: 'local_service',
          label: {
            en: 'Local service',
            pl: 'Lokalna organizacja pomocowa',
            ro: 'Serviciu local',
            ur: 'مقامی سروس',
            ar: 'خدمة محلية',
          },
        },
        { value: 'police', label: POLICE },
        { value: 'clares_law', label: CLARES_LAW },
        { value: 'other', label: OTHER },
      ],
    },
    // Referrals: only those the person agreed to.
    {
      id: 'referrals',
      type: 'number',
      label: {
        en: 'How many referrals did you make?',
        pl: 'Ile skierowań przekazano?',
        ro: 'Câte trimiteri ai făcut?',
        ur: 'کتنے ریفرل کیے گئے؟',
        ar: 'كم عدد الإحالات التي قمت بها؟',
      },
      hint: {
        en: 'Count only referrals the person agreed to.',
        pl: 'Licz tylko skierowania, na które dana osoba się zgodziła.',
        ro: 'Numără doar trimiterile cu care persoana a fost de acord.',
        ur: 'صرف وہ ریفرل گنیں جن پر متعلقہ شخص نے رضامندی دی۔',
        ar: 'تُحسب فقط الإحالات التي وافق عليها الشخص المعني.',
      },
      min: 0,
      max: 500,
      screen: 'referrals',
    },
    {
      id: 'referrals_consent',
      type: 'consent',
      label: {
        en: 'Referrals counted here were made with the person’s consent.',
        pl: 'Skierowania policzone tutaj zostały przekazane za zgodą danej osoby.',
        ro: 'Trimiterile numărate aici au fost făcute cu acordul persoanei.',
        ur: 'یہاں گنے گئے ریفرل متعلقہ شخص کی رضامندی سے کیے گئے۔',
        ar: 'الإحالات المحسوبة هنا تمت بموافقة الشخص المعني.',
      },
      showIf: { q: 'referrals', answered: true },
      screen: 'referrals',
    },
    {
      id: 'pledges',
      type: 'text',
      label: {
        en: 'Champion or pledge sign-ups',
        pl: 'Zgłoszenia: ambasadorzy (champions) lub deklaracje poparcia (pledges)',
        ro: 'Înscrieri ca ambasador (champion) sau angajamente (pledge)',
        ur: 'چیمپئن (champion) یا عہد (pledge) کے لیے اندراج',
        ar: 'الجهات المسجَّلة كسفيرة (champion) أو الموقِّعة على تعهّد (pledge)',
      },
      hint: {
        en: 'Write each organisation that signed up on its own line.',
        pl: 'Każdą organizację, która się zapisała, wpisz w osobnej linii.',
        ro: 'Scrie fiecare organizație înscrisă pe un rând separat.',
        ur: 'اندراج کرنے والے ہر ادارے کا نام الگ سطر میں لکھیں۔',
        ar: 'يُرجى كتابة كل جهة سجّلت في سطر مستقل.',
      },
      maxLength: 1000,
      multiline: true,
      warning: ORGANISATIONS_ONLY,
    },
  ],
  translations: { pl: 'draft', ro: 'draft', ur: 'draft', ar: 'draft' },
};
