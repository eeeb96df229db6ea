import type { I18n } from '../../../protocol/form';

// Labels shared by the built-in forms, translated once. Translations are drafts (machine
// assisted) awaiting review by native speakers; the wording follows survivor-feedback.ts
// and src/i18n (informal "ty" / "tu", polite "آپ", gender-neutral Arabic, "Wolę nie
// odpowiadać" and so on), so the same thing reads the same way in every form.
//
// Terms: domestic abuse = przemoc domowa / violență domestică / گھریلو تشدد / العنف الأسري.
// Service names and acronyms (IDVA, MARAC, DASH, Clare’s Law, National Domestic Abuse
// Helpline) keep their English name, with a short explanation where it helps. Phone numbers
// are unchanged.
//
// Right-to-left text: inside Urdu or Arabic, a phone number such as 0800 2000 247 would be
// shown with its groups in reverse order (247 2000 0800), and "LGBT+" as "+LGBT". `ltr`
// and `LGBT` below add invisible Unicode direction marks that prevent both; the visible
// text is unchanged.

/** Left-to-right mark (U+200E). */
const LRM = '\u200e';
/** Right-to-left mark (U+200F). */
const RLM = '\u200f';

/** `text` in a left-to-right isolate (U+2066 … U+2069), for numbers inside Urdu or Arabic. */
export const ltr = (text: string): string => `\u2066${text}\u2069`;

/** "LGBT+" for Urdu or Arabic text: the mark keeps the "+" after the letters. */
export const LGBT = `LGBT+${LRM}`;

/** The national helpline's number, as written in every language. */
export const HELPLINE_NUMBER = '0800 2000 247';

/** IDVA, MARAC and DASH as a list in Urdu; the mark keeps the names in reading order. */
export const ROUTES_UR = `IDVA،${RLM} MARAC اور DASH`;
/** IDVA, MARAC and DASH as a list in Arabic ("و" = "and" keeps them in reading order). */
export const ROUTES_AR = 'IDVA و MARAC و DASH';

export const YES: I18n = { en: 'Yes', pl: 'Tak', ro: 'Da', ur: 'ہاں', ar: 'نعم' };
export const NO: I18n = { en: 'No', pl: 'Nie', ro: 'Nu', ur: 'نہیں', ar: 'لا' };
export const MAYBE: I18n = { en: 'Maybe', pl: 'Może', ro: 'Poate', ur: 'شاید', ar: 'ربما' };
export const OTHER: I18n = { en: 'Other', pl: 'Inne', ro: 'Altele', ur: 'دیگر', ar: 'أخرى' };
export const SOMETHING_ELSE: I18n = {
  en: 'Something else',
  pl: 'Coś innego',
  ro: 'Altceva',
  ur: 'کچھ اور',
  ar: 'شيء آخر',
};

export const TICK_ALL: I18n = {
  en: 'Tick all that apply.',
  pl: 'Zaznacz wszystkie pasujące odpowiedzi.',
  ro: 'Bifează toate variantele potrivite.',
  ur: 'جتنے جواب درست ہوں، سب پر نشان لگائیں۔',
  ar: 'يمكن اختيار أكثر من إجابة.',
};

/** The 5-point agree scale, worded as in survivor-feedback.ts. */
export const AGREE: I18n[] = [
  {
    en: 'Strongly disagree',
    pl: 'Zdecydowanie się nie zgadzam',
    ro: 'Nu sunt deloc de acord',
    ur: 'بالکل متفق نہیں',
    ar: 'لا أوافق إطلاقًا',
  },
  {
    en: 'Disagree',
    pl: 'Nie zgadzam się',
    ro: 'Nu sunt de acord',
    ur: 'متفق نہیں',
    ar: 'لا أوافق',
  },
  { en: 'Not sure', pl: 'Nie wiem', ro: 'Nu știu sigur', ur: 'یقین نہیں', ar: 'لا أعرف' },
  { en: 'Agree', pl: 'Zgadzam się', ro: 'Sunt de acord', ur: 'متفق', ar: 'أوافق' },
  {
    en: 'Strongly agree',
    pl: 'Zdecydowanie się zgadzam',
    ro: 'Sunt total de acord',
    ur: 'پوری طرح متفق',
    ar: 'أوافق تمامًا',
  },
];

export const HOW_MUCH: I18n = {
  en: 'How much do you agree?',
  pl: 'Na ile się z tym zgadzasz?',
  ro: 'Cât de mult ești de acord?',
  ur: 'آپ اس بات سے کتنا متفق ہیں؟',
  ar: 'ما مدى موافقتك؟',
};

/** Confidence 1–5. Nouns ("a little confidence"), which do not show the reader's gender. */
export const CONFIDENCE: I18n[] = [
  {
    en: 'Not at all confident',
    pl: 'Brak pewności',
    ro: 'Nicio încredere',
    ur: 'بالکل اعتماد نہیں',
    ar: 'لا ثقة إطلاقًا',
  },
  {
    en: 'A little confident',
    pl: 'Niewielka pewność',
    ro: 'Puțină încredere',
    ur: 'تھوڑا اعتماد',
    ar: 'ثقة قليلة',
  },
  {
    en: 'Fairly confident',
    pl: 'Umiarkowana pewność',
    ro: 'Destulă încredere',
    ur: 'کسی حد تک اعتماد',
    ar: 'ثقة معقولة',
  },
  { en: 'Confident', pl: 'Duża pewność', ro: 'Multă încredere', ur: 'اعتماد', ar: 'ثقة عالية' },
  {
    en: 'Very confident',
    pl: 'Bardzo duża pewność',
    ro: 'Foarte multă încredere',
    ur: 'بہت زیادہ اعتماد',
    ar: 'ثقة عالية جدًا',
  },
];

/** The easy-read 3-point answers. */
export const NO_BIT_YES: I18n[] = [
  NO,
  { en: 'A bit', pl: 'Trochę', ro: 'Puțin', ur: 'تھوڑا سا', ar: 'قليلًا' },
  YES,
];

// Sectors and partners

export const POLICE: I18n = {
  en: 'Police',
  pl: 'Policja',
  ro: 'Poliție',
  ur: 'پولیس',
  ar: 'الشرطة',
};
export const HEALTH: I18n = {
  en: 'Health',
  pl: 'Ochrona zdrowia',
  ro: 'Sănătate',
  ur: 'صحت',
  ar: 'الصحة',
};
export const HOUSING: I18n = {
  en: 'Housing',
  pl: 'Mieszkalnictwo',
  ro: 'Locuințe',
  ur: 'رہائش',
  ar: 'الإسكان',
};
export const CHILDRENS_SERVICES: I18n = {
  en: 'Children’s services',
  pl: 'Służby ds. dzieci',
  ro: 'Servicii pentru copii',
  ur: 'بچوں کی خدمات',
  ar: 'خدمات الأطفال',
};
export const VOLUNTARY_SECTOR: I18n = {
  en: 'Voluntary sector',
  pl: 'Organizacje pozarządowe',
  ro: 'Sectorul nonguvernamental (ONG-uri)',
  ur: 'رضاکار اور غیر سرکاری تنظیمیں',
  ar: 'القطاع التطوعي',
};
export const IDVA_SERVICE: I18n = {
  en: 'IDVA service',
  pl: 'Służba IDVA (niezależni doradcy ds. przemocy domowej)',
  ro: 'Serviciul IDVA (consilieri independenți pentru violență domestică)',
  ur: 'IDVA سروس (گھریلو تشدد کے آزاد مشیر)',
  ar: 'خدمة IDVA (مستشارو العنف الأسري المستقلون)',
};
export const NATIONAL_HELPLINE: I18n = {
  en: 'National Domestic Abuse Helpline',
  pl: 'Krajowa infolinia ds. przemocy domowej (National Domestic Abuse Helpline)',
  ro: 'Linia telefonică națională pentru violență domestică (National Domestic Abuse Helpline)',
  ur: 'گھریلو تشدد کی قومی ہیلپ لائن (National Domestic Abuse Helpline)',
  ar: 'الخط الوطني للمساعدة في حالات العنف الأسري (National Domestic Abuse Helpline)',
};

export const CLARES_LAW: I18n = {
  en: 'Clare’s Law',
  pl: 'Clare’s Law (prawo do zapytania policji o przeszłość partnera lub partnerki)',
  ro: 'Clare’s Law (dreptul de a întreba poliția despre trecutul partenerului sau al partenerei)',
  ur: 'Clare’s Law (ساتھی کے ماضی کے بارے میں پولیس سے پوچھنے کا حق)',
  ar: 'Clare’s Law (حق سؤال الشرطة عن ماضي الشريك أو الشريكة)',
};

// About you

/** An age band "from to", e.g. 18 to 24, worded as in survivor-feedback.ts. */
const ages = (from: number, to: number): I18n => ({
  en: `${from} to ${to}`,
  pl: `Od ${from} do ${to} lat`,
  ro: `Între ${from} și ${to} de ani`,
  ur: `${from} سے ${to} سال`,
  ar: `من ${from} إلى ${to} سنة`,
});

export const UNDER_18: I18n = {
  en: 'Under 18',
  pl: 'Poniżej 18 lat',
  ro: 'Sub 18 ani',
  ur: '18 سال سے کم',
  ar: 'أقل من 18 سنة',
};

/** Age bands, youngest first. */
export const AGE_BANDS = [
  { value: 'under_18', label: UNDER_18 },
  { value: 'age_18_24', label: ages(18, 24) },
  { value: 'age_25_34', label: ages(25, 34) },
  { value: 'age_35_44', label: ages(35, 44) },
  { value: 'age_45_54', label: ages(45, 54) },
  { value: 'age_55_64', label: ages(55, 64) },
  {
    value: 'age_65_plus',
    label: {
      en: '65 or over',
      pl: '65 lat lub więcej',
      ro: '65 de ani sau mai mult',
      ur: '65 سال یا اس سے زیادہ',
      ar: '65 سنة أو أكثر',
    },
  },
];

export const WOMAN: I18n = { en: 'Woman', pl: 'Kobieta', ro: 'Femeie', ur: 'عورت', ar: 'امرأة' };
export const MAN: I18n = { en: 'Man', pl: 'Mężczyzna', ro: 'Bărbat', ur: 'مرد', ar: 'رجل' };
export const NON_BINARY: I18n = {
  en: 'Non-binary',
  pl: 'Osoba niebinarna',
  ro: 'Persoană non-binară',
  ur: 'نان بائنری (Non-binary)',
  ar: 'هوية غير ثنائية (Non-binary)',
};

/** Ethnic groups (the 2021 census's top level), shared by both survivor forms. */
export const ETHNIC_GROUPS = [
  {
    value: 'asian',
    label: {
      en: 'Asian or Asian British',
      pl: 'Osoba azjatycka lub brytyjska pochodzenia azjatyckiego',
      ro: 'Persoană asiatică sau britanică de origine asiatică',
      ur: 'ایشیائی یا برطانوی ایشیائی',
      ar: 'أصول آسيوية أو بريطانية آسيوية',
    },
  },
  {
    value: 'black',
    label: {
      en: 'Black, Black British, Caribbean or African',
      pl: 'Osoba czarnoskóra, czarnoskóra brytyjska, karaibska lub afrykańska',
      ro: 'Persoană de culoare, britanică de culoare, caraibiană sau africană',
      ur: 'سیاہ فام، سیاہ فام برطانوی، کیریبین یا افریقی',
      ar: 'أصول سوداء أو بريطانية سوداء أو كاريبية أو أفريقية',
    },
  },
  {
    value: 'mixed',
    label: {
      en: 'Mixed or more than one ethnic group',
      pl: 'Pochodzenie mieszane lub z więcej niż jednej grupy etnicznej',
      ro: 'Origine mixtă sau mai mult de un grup etnic',
      ur: 'مخلوط، یا ایک سے زیادہ نسلی گروہ',
      ar: 'أصول مختلطة أو أكثر من مجموعة عرقية',
    },
  },
  {
    value: 'white',
    label: {
      en: 'White',
      pl: 'Osoba biała',
      ro: 'Persoană albă',
      ur: 'سفید فام',
      ar: 'أصول بيضاء',
    },
  },
  {
    value: 'other',
    label: {
      en: 'Another ethnic group',
      pl: 'Inna grupa etniczna',
      ro: 'Alt grup etnic',
      ur: 'کوئی اور نسلی گروہ',
      ar: 'مجموعة عرقية أخرى',
    },
  },
];

/** How many times someone told their story before getting help (design §4). */
export const TIMES_TOLD = [
  {
    value: 'none',
    label: {
      en: 'None',
      pl: 'Ani razu',
      ro: 'Niciodată',
      ur: 'ایک بار بھی نہیں',
      ar: 'ولا مرة',
    },
  },
  {
    value: 'once',
    label: { en: 'Once', pl: 'Raz', ro: 'O dată', ur: 'ایک بار', ar: 'مرة واحدة' },
  },
  {
    value: 'two_three',
    label: {
      en: '2 or 3 times',
      pl: '2 lub 3 razy',
      ro: 'De 2 sau 3 ori',
      ur: '2 یا 3 بار',
      ar: '2 أو 3 مرات',
    },
  },
  {
    value: 'four_plus',
    label: {
      en: '4 or more times',
      pl: '4 razy lub więcej',
      ro: 'De 4 ori sau mai mult',
      ur: '4 یا اس سے زیادہ بار',
      ar: '4 مرات أو أكثر',
    },
  },
];

// About-you questions asked the same way in both survivor forms.
export const DISABILITY: I18n = {
  en: 'Do you have a disability or a long-term health condition?',
  pl: 'Czy masz niepełnosprawność lub długotrwały problem ze zdrowiem?',
  ro: 'Ai o dizabilitate sau o problemă de sănătate de lungă durată?',
  ur: 'کیا آپ کو کوئی معذوری ہے، یا لمبے عرصے سے صحت کا کوئی مسئلہ؟',
  ar: 'هل لديك إعاقة أو مشكلة صحية طويلة الأمد؟',
};
export const DISABILITY_HINT: I18n = {
  en: 'This includes mental health.',
  pl: 'Chodzi też o zdrowie psychiczne.',
  ro: 'Aici intră și sănătatea mintală.',
  ur: 'اس میں ذہنی صحت بھی شامل ہے۔',
  ar: 'يشمل ذلك الصحة النفسية.',
};
export const ETHNICITY: I18n = {
  en: 'What is your ethnic group?',
  pl: 'Do jakiej grupy etnicznej należysz?',
  ro: 'Din ce grup etnic faci parte?',
  ur: 'آپ کا نسلی گروہ کیا ہے؟',
  ar: 'ما أصولك العرقية؟',
};

// Questions the survivor form and its easy-read version ask in the same words.
export const HOW_OLD: I18n = {
  en: 'How old are you?',
  pl: 'Ile masz lat?',
  ro: 'Câți ani ai?',
  ur: 'آپ کی عمر کیا ہے؟',
  ar: 'كم عمرك؟',
};
export const WHAT_GENDER: I18n = {
  en: 'What is your gender?',
  pl: 'Jaka jest Twoja płeć?',
  ro: 'Care este genul tău?',
  ur: 'آپ کی صنف کیا ہے؟',
  ar: 'ما جنسك؟',
};
export const SELF_DESCRIBED: I18n = {
  en: 'I describe myself another way',
  pl: 'Określam siebie inaczej',
  ro: 'Mă descriu altfel',
  ur: 'میری پہچان کچھ اور ہے',
  ar: 'أصف نفسي بطريقة أخرى',
};
export const CAN_LEAVE_EMPTY: I18n = {
  en: 'You can leave this empty.',
  pl: 'Możesz zostawić to pole puste.',
  ro: 'Poți lăsa acest spațiu gol.',
  ur: 'اسے خالی چھوڑا جا سکتا ہے۔',
  ar: 'يمكنك ترك هذا فارغًا.',
};
