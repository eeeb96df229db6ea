import type { Form, I18n, Question } from '../../../protocol/form';
import {
  AGE_BANDS,
  HELPLINE_NUMBER,
  LGBT,
  MAN,
  MAYBE,
  NO,
  NO_BIT_YES,
  NON_BINARY,
  WOMAN,
  YES,
  ltr,
  ETHNIC_GROUPS,
  TIMES_TOLD,
  DISABILITY,
  DISABILITY_HINT,
  ETHNICITY,
  HOW_OLD,
  WHAT_GENDER,
  SELF_DESCRIBED,
  CAN_LEAVE_EMPTY,
} from './labels';

// Easy-read survivor feedback (design §9): the same topics as survivor-feedback.ts, on the
// kiosk, anonymous. Short sentences, everyday words, one idea per screen (so no `screen`
// keys), and 3-point answers (no / a bit / yes) instead of the 5-point agree scale. Every
// item optional. Translations are drafts (machine assisted) awaiting review by native
// speakers; they keep the easy-read style in every language (short sentences, common words)
// and read the same for anyone: impersonal forms for "we" in Polish past tenses ("Czy Cię
// wysłuchano?"), no gendered participles in Romanian, "مجھے ..." and passive forms in Urdu,
// and past tenses and nouns instead of gendered "you" verbs in Arabic.

const [NO_END, , YES_END] = NO_BIT_YES as [I18n, I18n, I18n];
const ENDS = { low: NO_END, high: YES_END };

/** A 3-point no / a bit / yes question with "prefer not to say" (1 = no, 3 = yes). */
function noBitYes(id: string, label: I18n, hint?: I18n): Question {
  return {
    id,
    type: 'scale',
    label,
    ...(hint ? { hint } : {}),
    points: 3,
    labels: ENDS,
    pointLabels: NO_BIT_YES,
    preferNotToSay: true,
  };
}

const onlyIfYes = { q: 'about_you', equals: 'yes' };

export const survivorFeedbackEasyRead: Form = {
  id: 'survivor-feedback-easy-read',
  version: 1,
  kind: 'feedback',
  audience: 'kiosk',
  anonymous: true,
  title: {
    en: 'Tell us about the help you got (easy read)',
    pl: 'Powiedz nam o naszej pomocy (tekst łatwy do czytania)',
    ro: 'Spune-ne despre ajutorul primit (ușor de citit)',
    ur: 'ہمیں بتائیں آپ کو کیسی مدد ملی (آسان زبان)',
    ar: 'رأيك في المساعدة التي حصلت عليها (لغة سهلة)',
  },
  intro: {
    en:
      'These questions are about the help you got from us. We do not ask your name. ' +
      'You can skip any question. You can stop at any time.',
    pl:
      'Te pytania są o pomocy od nas. Nie pytamy, jak się nazywasz. ' +
      'Możesz pominąć każde pytanie. Możesz przerwać w każdej chwili.',
    ro:
      'Aceste întrebări sunt despre ajutorul primit de la noi. Nu te întrebăm cum te cheamă. ' +
      'Poți sări peste orice întrebare. Te poți opri oricând.',
    ur:
      'یہ سوال ہماری مدد کے بارے میں ہیں۔ ہم آپ کا نام نہیں پوچھتے۔ ' +
      'جو سوال چاہیں، چھوڑ دیں۔ جب چاہیں، رک جائیں۔',
    ar:
      'هذه الأسئلة عن المساعدة التي حصلت عليها منا. لا نسألك عن اسمك. ' +
      'يمكنك ترك أي سؤال. يمكنك التوقف في أي وقت.',
  },
  outro: {
    en: 'Thank you. What you told us will help other people get better help.',
    pl: 'Dziękujemy. Twoje odpowiedzi pomogą innym ludziom dostać lepszą pomoc.',
    ro: 'Mulțumim. Ce ne-ai spus îi va ajuta pe alți oameni să primească ajutor mai bun.',
    ur: 'شکریہ۔ آپ کی باتوں سے دوسرے لوگوں کو بہتر مدد ملے گی۔',
    ar: 'شكرًا لك. كلامك سيساعد أشخاصًا آخرين على الحصول على مساعدة أفضل.',
  },
  questions: [
    noBitYes('listened', {
      en: 'Did we listen to you?',
      pl: 'Czy Cię wysłuchano?',
      ro: 'Te-am ascultat?',
      ur: 'کیا ہم نے آپ کی بات سنی؟',
      ar: 'هل استمعنا إليك؟',
    }),
    noBitYes('believed', {
      en: 'Did you feel we believed you?',
      pl: 'Czy czujesz, że Ci uwierzono?',
      ro: 'Ai simțit că te-am crezut?',
      ur: 'کیا آپ کو لگا کہ ہم نے آپ پر یقین کیا؟',
      ar: 'هل شعرت أننا صدّقناك؟',
    }),
    noBitYes(
      'respected',
      {
        en: 'Did we treat you with respect?',
        pl: 'Czy traktowano Cię z szacunkiem?',
        ro: 'Te-am tratat cu respect?',
        ur: 'کیا ہم نے آپ کے ساتھ عزت سے سلوک کیا؟',
        ar: 'هل عاملناك باحترام؟',
      },
      {
        en: 'This means we were kind and fair, and did not judge you.',
        pl: 'To znaczy: życzliwie, uczciwie i bez oceniania.',
        ro: 'Adică ne-am purtat frumos și corect cu tine și nu te-am judecat.',
        ur: 'یعنی ہم نے مہربانی اور انصاف سے برتاؤ کیا، اور آپ کو بُرا نہیں سمجھا۔',
        ar: 'يعني أننا كنا لطفاء وعادلين، ولم نحكم عليك.',
      },
    ),
    noBitYes(
      'had_a_say',
      {
        en: 'Did you have a say in your help?',
        pl: 'Czy Twoje zdanie się liczyło?',
        ro: 'Ai avut un cuvânt de spus despre ajutorul tău?',
        ur: 'کیا مدد کے بارے میں آپ کی رائے لی گئی؟',
        ar: 'هل كان لك رأي في المساعدة التي حصلت عليها؟',
      },
      {
        en: 'For example, how fast things went, or what help you got.',
        pl: 'Na przykład: jak szybko wszystko szło albo jaką pomoc Ci dano.',
        ro: 'De exemplu, cât de repede au mers lucrurile sau ce ajutor ai primit.',
        ur: 'مثلاً کام کتنی جلدی ہوا، یا آپ کو کون سی مدد ملی۔',
        ar: 'مثلًا: سرعة سير الأمور، أو نوع المساعدة التي حصلت عليها.',
      },
    ),
    noBitYes('safer', {
      en: 'Do you feel safer now?',
      pl: 'Czy teraz czujesz się bezpieczniej?',
      ro: 'Te simți mai în siguranță acum?',
      ur: 'کیا اب آپ کو زیادہ محفوظ محسوس ہوتا ہے؟',
      ar: 'هل زاد شعورك بالأمان الآن؟',
    }),
    noBitYes('daily_life', {
      en: 'Is it easier to do everyday things now?',
      pl: 'Czy teraz łatwiej Ci robić codzienne rzeczy?',
      ro: 'Îți este mai ușor acum să faci lucrurile de zi cu zi?',
      ur: 'کیا اب روزمرہ کے کام کرنا آسان ہے؟',
      ar: 'هل أصبح القيام بالأمور اليومية أسهل الآن؟',
    }),
    noBitYes('know_help', {
      en: 'Do you know how to get help again?',
      pl: 'Czy wiesz, jak znowu dostać pomoc?',
      ro: 'Știi cum să primești din nou ajutor?',
      ur: 'کیا آپ کو معلوم ہے کہ دوبارہ مدد کیسے لیں؟',
      ar: 'هل طريقة الحصول على المساعدة مرة أخرى واضحة لك؟',
    }),
    {
      id: 'help_now',
      type: 'info',
      label: {
        en: 'You can get help at any time',
        pl: 'Możesz dostać pomoc w każdej chwili',
        ro: 'Poți primi ajutor oricând',
        ur: 'مدد کسی بھی وقت مل سکتی ہے',
        ar: 'يمكنك الحصول على المساعدة في أي وقت',
      },
      hint: {
        en:
          'Call the National Domestic Abuse Helpline on 0800 2000 247. ' +
          'It is free. It is open day and night. In an emergency, call 999.',
        pl:
          `Zadzwoń na krajowy telefon pomocy (National Domestic Abuse Helpline): ${HELPLINE_NUMBER}. ` +
          'To nic nie kosztuje. Działa w dzień i w nocy. W sytuacji zagrożenia zadzwoń pod numer 999.',
        ro:
          `Sună la linia națională de ajutor (National Domestic Abuse Helpline): ${HELPLINE_NUMBER}. ` +
          'Este gratuit. Este deschisă zi și noapte. În caz de urgență, sună la 999.',
        ur:
          `قومی ہیلپ لائن (National Domestic Abuse Helpline) کو ${ltr(HELPLINE_NUMBER)} پر فون کریں۔ ` +
          'یہ مفت ہے۔ یہ دن رات کھلی ہے۔ ہنگامی صورت میں 999 پر فون کریں۔',
        ar:
          'يمكنك الاتصال بالخط الوطني للمساعدة (National Domestic Abuse Helpline) على الرقم ' +
          `${ltr(HELPLINE_NUMBER)}. الاتصال مجاني. الخط مفتوح ليلًا ونهارًا. ` +
          'في حالات الطوارئ، يُرجى الاتصال بالرقم 999.',
      },
      showIf: {
        any: [
          { q: 'safer', equals: 1 },
          { q: 'know_help', equals: 1 },
        ],
      },
    },
    {
      id: 'times_told',
      type: 'choice',
      label: {
        en: 'How many times did you tell your story before you got help?',
        pl: 'Ile razy trzeba było opowiadać swoją historię, zanim przyszła pomoc?',
        ro: 'De câte ori ți-ai spus povestea până să primești ajutor?',
        ur: 'مدد ملنے سے پہلے آپ نے کتنی بار اپنی کہانی سنائی؟',
        ar: 'كم مرة رويت قصتك قبل الحصول على المساعدة؟',
      },
      hint: {
        en: 'Count each new person you had to tell.',
        pl: 'Liczy się każda nowa osoba, której trzeba było to powiedzieć.',
        ro: 'Numără fiecare persoană nouă căreia a trebuit să-i spui.',
        ur: 'ہر اس نئے شخص کو گنیں جسے بتانا پڑا۔',
        ar: 'تُحسب كل مرة أخبرت فيها شخصًا جديدًا.',
      },
      options: TIMES_TOLD,
      preferNotToSay: true,
    },
    {
      id: 'recommend',
      type: 'choice',
      label: {
        en: 'Would you tell a friend to come to us?',
        pl: 'Czy polecisz nas komuś bliskiemu?',
        ro: 'I-ai spune unei persoane apropiate să vină la noi?',
        ur: 'کیا آپ کسی دوست کو ہمارے پاس آنے کا مشورہ دیں؟',
        ar: 'هل ستكون نصيحتك لأصدقائك أن يأتوا إلينا؟',
      },
      options: [
        { value: 'yes', label: YES },
        { value: 'maybe', label: MAYBE },
        { value: 'no', label: NO },
      ],
    },
    {
      id: 'improve',
      type: 'text',
      label: {
        en: 'What could we do better?',
        pl: 'Co możemy robić lepiej?',
        ro: 'Ce am putea face mai bine?',
        ur: 'ہم کیا بہتر کر سکتے ہیں؟',
        ar: 'ما الذي يمكننا فعله بشكل أفضل؟',
      },
      hint: CAN_LEAVE_EMPTY,
      maxLength: 1000,
      multiline: true,
      warning: {
        en: 'Please do not write any names.',
        pl: 'Prosimy nie wpisywać żadnych imion.',
        ro: 'Te rugăm să nu scrii niciun nume.',
        ur: 'براہ کرم کوئی نام نہ لکھیں۔',
        ar: 'يُرجى عدم كتابة أي أسماء.',
      },
    },
    // About you: clearly separate, and only asked if the person chooses to.
    {
      id: 'about_you_intro',
      type: 'info',
      label: {
        en: 'Some questions about you',
        pl: 'Kilka pytań o Tobie',
        ro: 'Câteva întrebări despre tine',
        ur: 'آپ کے بارے میں کچھ سوال',
        ar: 'بعض الأسئلة عنك',
      },
      hint: {
        en: 'You do not have to answer them. They help us check our help is good for everyone.',
        pl: 'Nie musisz na nie odpowiadać. Dzięki nim sprawdzamy, czy nasza pomoc jest dobra dla wszystkich.',
        ro: 'Nu trebuie să răspunzi. Ne ajută să vedem dacă ajutorul nostru e bun pentru toți.',
        ur: 'ان کا جواب دینا ضروری نہیں۔ ان سے ہم دیکھتے ہیں کہ ہماری مدد سب کے لیے اچھی ہے۔',
        ar: 'الإجابة عنها اختيارية. تساعدنا على التأكد من أن مساعدتنا جيدة للجميع.',
      },
    },
    {
      id: 'about_you',
      type: 'yesno',
      label: {
        en: 'Do you want to answer some questions about you?',
        pl: 'Czy chcesz odpowiedzieć na kilka pytań o sobie?',
        ro: 'Vrei să răspunzi la câteva întrebări despre tine?',
        ur: 'کیا آپ کی مرضی ہے کہ اپنے بارے میں کچھ سوالوں کے جواب دیں؟',
        ar: 'هل لديك رغبة في الإجابة عن بعض الأسئلة عنك؟',
      },
    },
    {
      id: 'age_band',
      type: 'choice',
      label: HOW_OLD,
      options: AGE_BANDS,
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'gender',
      type: 'choice',
      label: WHAT_GENDER,
      options: [
        { value: 'woman', label: WOMAN },
        { value: 'man', label: MAN },
        { value: 'non_binary', label: NON_BINARY },
        {
          value: 'another_way',
          label: SELF_DESCRIBED,
        },
      ],
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'disability',
      type: 'yesno',
      label: DISABILITY,
      hint: DISABILITY_HINT,
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'ethnicity',
      type: 'choice',
      label: ETHNICITY,
      options: ETHNIC_GROUPS,
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'lgbt',
      type: 'yesno',
      label: {
        en: 'Are you LGBT+?',
        pl: 'Czy jesteś osobą LGBT+?',
        ro: 'Ești o persoană LGBT+?',
        ur: `کیا آپ ${LGBT} ہیں؟`,
        ar: `هل أنت من مجتمع ${LGBT}؟`,
      },
      hint: {
        en: 'This means lesbian, gay, bisexual, trans, or something like these.',
        pl: 'To znaczy: lesbijka, gej, osoba biseksualna, osoba trans albo coś podobnego.',
        ro: 'Adică persoană lesbiană, gay, bisexuală, trans sau ceva asemănător.',
        ur: 'یعنی لیزبین، گے، بائی سیکشوئل، ٹرانس، یا اس جیسا کچھ اور۔',
        ar: 'يعني: مثلية أو مثلي، أو ثنائية أو ثنائي الميول، أو عابرة أو عابر جنسيًا، أو شيء مشابه.',
      },
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
  ],
  translations: { pl: 'draft', ro: 'draft', ur: 'draft', ar: 'draft' },
};
