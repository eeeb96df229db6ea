import type { I18n } from '../../protocol/form';

// Validation messages. Survivors read these, so they are short, plain and never blame the
// person (no "error", no "you must"). Translations are drafts (machine assisted) awaiting
// review by native speakers; every language keeps the same {placeholders}.

export const MESSAGES = {
  required: {
    en: 'Please answer this question.',
    pl: 'Prosimy o odpowiedź na to pytanie.',
    ro: 'Te rugăm să răspunzi la această întrebare.',
    ur: 'براہ کرم اس سوال کا جواب دیں۔',
    ar: 'يُرجى الإجابة عن هذا السؤال.',
  },
  consentRequired: {
    en: 'Please agree to this to carry on.',
    pl: 'Aby przejść dalej, prosimy zaznaczyć zgodę.',
    ro: 'Te rugăm să-ți dai acordul ca să poți continua.',
    ur: 'آگے بڑھنے کے لیے براہ کرم اس سے اتفاق کریں۔',
    ar: 'يُرجى الموافقة على هذا للمتابعة.',
  },
  invalid: {
    en: 'Please check this answer.',
    pl: 'Prosimy sprawdzić tę odpowiedź.',
    ro: 'Te rugăm să verifici acest răspuns.',
    ur: 'براہ کرم یہ جواب دوبارہ دیکھ لیں۔',
    ar: 'يُرجى التحقق من هذه الإجابة.',
  },
  chooseShown: {
    en: 'Please choose from the answers shown.',
    pl: 'Prosimy wybrać spośród pokazanych odpowiedzi.',
    ro: 'Te rugăm să alegi dintre răspunsurile de pe ecran.',
    ur: 'براہ کرم دکھائے گئے جوابات میں سے انتخاب کریں۔',
    ar: 'يُرجى الاختيار من الإجابات المعروضة.',
  },
  number: {
    en: 'Please enter a number.',
    pl: 'Prosimy wpisać liczbę.',
    ro: 'Te rugăm să scrii un număr.',
    ur: 'براہ کرم ایک عدد لکھیں۔',
    ar: 'يُرجى إدخال رقم.',
  },
  wholeNumber: {
    en: 'Please enter a whole number.',
    pl: 'Prosimy wpisać liczbę całkowitą (bez przecinka).',
    ro: 'Te rugăm să scrii un număr întreg (fără virgulă).',
    ur: 'براہ کرم پورا عدد لکھیں (اعشاریہ کے بغیر)۔',
    ar: 'يُرجى إدخال عدد صحيح (بدون كسور).',
  },
  numberRange: {
    en: 'Please enter a number from {min} to {max}.',
    pl: 'Prosimy wpisać liczbę od {min} do {max}.',
    ro: 'Te rugăm să scrii un număr de la {min} la {max}.',
    ur: 'براہ کرم {min} سے {max} تک کوئی عدد لکھیں۔',
    ar: 'يُرجى إدخال رقم من {min} إلى {max}.',
  },
  date: {
    en: 'Please enter a real date.',
    pl: 'Prosimy wpisać poprawną datę.',
    ro: 'Te rugăm să scrii o dată corectă.',
    ur: 'براہ کرم درست تاریخ لکھیں۔',
    ar: 'يُرجى إدخال تاريخ صحيح.',
  },
  dateRange: {
    en: 'Please enter a date from {min} to {max}.',
    pl: 'Prosimy wpisać datę od {min} do {max}.',
    ro: 'Te rugăm să scrii o dată între {min} și {max}.',
    ur: 'براہ کرم {min} سے {max} تک کی کوئی تاریخ لکھیں۔',
    ar: 'يُرجى إدخال تاريخ بين {min} و{max}.',
  },
  dateFrom: {
    en: 'Please enter a date on or after {min}.',
    pl: 'Prosimy wpisać datę {min} lub późniejszą.',
    ro: 'Te rugăm să scrii o dată care nu este înainte de {min}.',
    ur: 'براہ کرم {min} یا اس کے بعد کی تاریخ لکھیں۔',
    ar: 'يُرجى إدخال تاريخ يوافق {min} أو بعده.',
  },
  dateTo: {
    en: 'Please enter a date on or before {max}.',
    pl: 'Prosimy wpisać datę {max} lub wcześniejszą.',
    ro: 'Te rugăm să scrii o dată care nu este după {max}.',
    ur: 'براہ کرم {max} یا اس سے پہلے کی تاریخ لکھیں۔',
    ar: 'يُرجى إدخال تاريخ يوافق {max} أو قبله.',
  },
  // Worded as a limit, so the count never has to agree with a plural noun
  // (Polish 2 znaki / 5 znaków, Romanian 19 caractere / 20 de caractere, Arabic likewise).
  tooLong: {
    en: 'Please use {max} characters or fewer.',
    pl: 'Limit znaków: {max}. Prosimy skrócić tekst.',
    ro: 'Limita de caractere: {max}. Te rugăm să scurtezi textul.',
    ur: 'براہ کرم {max} یا اس سے کم حروف استعمال کریں۔',
    ar: 'الحد الأقصى لعدد الأحرف: {max}. يُرجى تقصير النص.',
  },
} satisfies Record<string, I18n>;

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders in every language of a message. */
export function fill(message: I18n, params: Params): I18n {
  const out: Record<string, string> = {};
  for (const [locale, template] of Object.entries(message)) {
    if (typeof template === 'string') {
      out[locale] = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    }
  }
  return out as I18n;
}
