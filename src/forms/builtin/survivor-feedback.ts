import type { Form, I18n, Question } from '../../../protocol/form';
import {
  AGE_BANDS,
  AGREE,
  DISABILITY,
  DISABILITY_HINT,
  ETHNIC_GROUPS,
  ETHNICITY,
  HOW_MUCH,
  TIMES_TOLD,
  YES,
  HOW_OLD,
  WHAT_GENDER,
  SELF_DESCRIBED,
  CAN_LEAVE_EMPTY,
} from './labels';

// Survivor service feedback (design §4): anonymous, on a shared kiosk tablet. Short, plain
// words (reading age about 9–11), every item optional, nothing that could identify anyone.
// Translations are drafts (machine assisted) awaiting review by native speakers. Polish,
// Romanian, Urdu and Arabic mark gender in past tenses, adjectives or "you" verbs, so the
// translations use wordings that read the same for anyone (impersonal and passive forms,
// "osoba", "persoană", nouns instead of adjectives) rather than one gender.

/** A statement on the 5-point agree scale with "prefer not to say". */
function agree(id: string, statement: I18n, screen?: string): Question {
  const [low, , , , high] = AGREE as [I18n, I18n, I18n, I18n, I18n];
  return {
    id,
    type: 'scale',
    label: statement,
    hint: HOW_MUCH,
    points: 5,
    labels: { low, high },
    pointLabels: AGREE,
    preferNotToSay: true,
    ...(screen ? { screen } : {}),
  };
}

const onlyIfYes = { q: 'about_you', equals: 'yes' };

export const survivorFeedback: Form = {
  id: 'survivor-feedback',
  version: 1,
  kind: 'feedback',
  audience: 'kiosk',
  anonymous: true,
  title: {
    en: 'Tell us about the support you got',
    pl: 'Powiedz nam, jak oceniasz nasze wsparcie',
    ro: 'Spune-ne cum a fost sprijinul primit',
    ur: 'ہمیں اس مدد کے بارے میں بتائیں جو آپ کو ملی',
    ar: 'نودّ أن نعرف رأيك في الدعم الذي حصلت عليه',
  },
  intro: {
    en:
      'Your answers help us make our support better. We do not ask for your name. ' +
      'You can skip any question.',
    pl:
      'Twoje odpowiedzi pomagają nam ulepszać nasze wsparcie. Nie pytamy o imię. ' +
      'Możesz pominąć każde pytanie.',
    ro:
      'Răspunsurile tale ne ajută să ne îmbunătățim sprijinul. Nu îți cerem numele. ' +
      'Poți sări peste orice întrebare.',
    ur:
      'آپ کے جوابات ہماری مدد کو بہتر بنانے میں کام آتے ہیں۔ ہم آپ کا نام نہیں پوچھتے۔ ' +
      'جس سوال کا جواب نہ دینا چاہیں، اسے چھوڑ دیں۔',
    ar: 'تساعدنا إجاباتك على تحسين الدعم الذي نقدّمه. لا نسألك عن اسمك. ' + 'يمكنك تخطّي أي سؤال.',
  },
  outro: {
    en: 'Thank you. What you told us will help other people get better support.',
    pl: 'Dziękujemy. Twoje odpowiedzi pomogą innym osobom dostać lepsze wsparcie.',
    ro: 'Mulțumim. Ce ne-ai spus va ajuta alți oameni să primească un sprijin mai bun.',
    ur: 'شکریہ۔ آپ کی بتائی ہوئی باتوں سے دوسرے لوگوں کو بہتر مدد ملے گی۔',
    ar: 'شكرًا لك. ما أخبرتنا به سيساعد أشخاصًا آخرين على الحصول على دعم أفضل.',
  },
  questions: [
    // How you were treated
    agree(
      'listened',
      {
        en: 'I felt listened to and believed.',
        pl: 'Wysłuchano mnie i uwierzono mi.',
        ro: 'Am simțit că oamenii m-au ascultat și m-au crezut.',
        ur: 'مجھے لگا کہ میری بات سنی گئی اور مجھ پر یقین کیا گیا۔',
        ar: 'شعرت بأنهم استمعوا إليّ وصدّقوني.',
      },
      'treated',
    ),
    agree(
      'respected',
      {
        en: 'I was treated with respect and not judged.',
        pl: 'Traktowano mnie z szacunkiem i nikt mnie nie oceniał.',
        ro: 'M-au tratat cu respect și nu m-au judecat.',
        ur: 'میرے ساتھ عزت سے سلوک کیا گیا، اور کسی نے مجھے بُرا نہیں سمجھا۔',
        ar: 'عاملوني باحترام ولم يحكموا عليّ.',
      },
      'treated',
    ),
    agree('had_a_say', {
      en: 'I had a say in how fast things went and what support I got.',
      pl: 'Pytano mnie, w jakim tempie działać i jakiego wsparcia potrzebuję.',
      ro: 'Am avut un cuvânt de spus despre cât de repede au mers lucrurile și ce sprijin am primit.',
      ur: 'کام کتنی تیزی سے ہو اور مجھے کون سی مدد ملے، اس فیصلے میں میری بات بھی سنی گئی۔',
      ar: 'كان لي رأي في سرعة سير الأمور وفي نوع الدعم الذي حصلت عليه.',
    }),
    // What has changed
    agree(
      'safer',
      {
        en: 'I feel safer since I got support.',
        pl: 'Odkąd mam wsparcie, czuję się bezpieczniej.',
        ro: 'Mă simt mai în siguranță de când am primit sprijin.',
        ur: 'مدد ملنے کے بعد سے مجھے زیادہ تحفظ محسوس ہوتا ہے۔',
        ar: 'أشعر بأمان أكبر منذ حصولي على الدعم.',
      },
      'changed',
    ),
    agree(
      'daily_life',
      {
        en: 'I feel more able to get on with my daily life.',
        pl: 'Łatwiej mi teraz radzić sobie w codziennym życiu.',
        ro: 'Mă simt mai în stare să-mi duc viața de zi cu zi.',
        ur: 'اب میرے لیے روزمرہ زندگی گزارنا پہلے سے آسان ہے۔',
        ar: 'أصبح من الأسهل عليّ متابعة حياتي اليومية.',
      },
      'changed',
    ),
    agree('know_help', {
      en: 'I know how to get help again if I need it.',
      pl: 'Wiem, jak znów dostać pomoc, jeśli będę jej potrzebować.',
      ro: 'Știu cum să cer din nou ajutor dacă am nevoie.',
      ur: 'مجھے معلوم ہے کہ ضرورت پڑنے پر دوبارہ مدد کیسے لینی ہے۔',
      ar: 'أعرف كيف أحصل على المساعدة مرة أخرى إذا احتجت إليها.',
    }),
    {
      id: 'times_told',
      type: 'choice',
      label: {
        en: 'How many times did you have to tell your story before you got help?',
        pl: 'Ile razy trzeba było opowiadać swoją historię, zanim przyszła pomoc?',
        ro: 'De câte ori a trebuit să-ți spui povestea până să primești ajutor?',
        ur: 'مدد ملنے سے پہلے آپ کو کتنی بار اپنی کہانی سنانی پڑی؟',
        ar: 'كم مرة اضطررت إلى رواية قصتك قبل الحصول على المساعدة؟',
      },
      hint: {
        en: 'Count each time you told a new person or service.',
        pl: 'Liczy się każda nowa osoba lub instytucja, której trzeba było to opowiedzieć.',
        ro: 'Numără fiecare dată când ai povestit unei persoane noi sau unui serviciu nou.',
        ur: 'ہر وہ بار گنیں جب آپ نے کسی نئے شخص یا ادارے کو بتایا۔',
        ar: 'تُحسب كل مرة رويت فيها قصتك لشخص جديد أو لجهة جديدة.',
      },
      options: TIMES_TOLD,
      preferNotToSay: true,
    },
    {
      id: 'recommend',
      type: 'choice',
      label: {
        en: 'Would you tell a friend to come to us for support?',
        pl: 'Czy polecasz nas komuś bliskiemu, kto potrzebuje wsparcia?',
        ro: 'I-ai spune unei persoane apropiate să vină la noi pentru sprijin?',
        ur: 'کیا آپ کسی دوست کو مشورہ دیں کہ وہ مدد کے لیے ہمارے پاس آئے؟',
        ar: 'لو احتاج أحد أصدقائك إلى دعم، هل تكون نصيحتك له أن يأتي إلينا؟',
      },
      options: [
        { value: 'yes', label: YES },
        { value: 'maybe', label: { en: 'Maybe', pl: 'Może', ro: 'Poate', ur: 'شاید', ar: 'ربما' } },
        { value: 'no', label: { en: 'No', pl: 'Nie', ro: 'Nu', ur: 'نہیں', ar: 'لا' } },
      ],
    },
    {
      id: 'improve',
      type: 'text',
      label: {
        en: 'What is one thing we could do better?',
        pl: 'Jaką jedną rzecz moglibyśmy robić lepiej?',
        ro: 'Care este un lucru pe care l-am putea face mai bine?',
        ur: 'کون سی ایک بات ہے جو ہم بہتر کر سکتے ہیں؟',
        ar: 'ما أمر واحد يمكننا أن نفعله بشكل أفضل؟',
      },
      hint: CAN_LEAVE_EMPTY,
      maxLength: 1000,
      multiline: true,
      warning: {
        en: 'Please do not write any names, or anything that could show who you or someone else is.',
        pl: 'Prosimy nie wpisywać żadnych imion ani niczego, co mogłoby pokazać, kim jesteś Ty lub ktoś inny.',
        ro: 'Te rugăm să nu scrii nume sau ceva ce ar putea arăta cine ești tu sau altcineva.',
        ur: 'براہ کرم کوئی نام نہ لکھیں، اور نہ ہی کوئی ایسی بات جس سے پتا چلے کہ آپ یا کوئی اور کون ہے۔',
        ar: 'يُرجى عدم كتابة أي أسماء، أو أي شيء قد يكشف هويتك أو هوية شخص آخر.',
      },
    },
    // About you: clearly separate, and only asked if the person chooses to.
    {
      id: 'about_you_intro',
      type: 'info',
      label: { en: 'About you', pl: 'O Tobie', ro: 'Despre tine', ur: 'آپ کے بارے میں', ar: 'عنك' },
      hint: {
        en:
          'These questions are optional. They help us check that our support works for ' +
          'everyone. Your answers stay anonymous.',
        pl:
          'Te pytania nie są obowiązkowe. Pomagają nam sprawdzić, czy nasze wsparcie jest ' +
          'dobre dla wszystkich. Twoje odpowiedzi pozostają anonimowe.',
        ro:
          'Aceste întrebări nu sunt obligatorii. Ne ajută să vedem dacă sprijinul nostru ' +
          'este potrivit pentru toți. Răspunsurile tale rămân anonime.',
        ur:
          'یہ سوالات لازمی نہیں ہیں۔ ان سے ہم دیکھ سکتے ہیں کہ ہماری مدد سب کے کام آتی ہے۔ ' +
          'آپ کے جوابات گمنام رہیں گے۔',
        ar:
          'هذه الأسئلة اختيارية. تساعدنا على التأكد من أن دعمنا مناسب للجميع. ' +
          'تبقى إجاباتك مجهولة الهوية.',
      },
      screen: 'about_start',
    },
    {
      id: 'about_you',
      type: 'choice',
      label: {
        en: 'Would you like to answer a few questions about you?',
        pl: 'Czy chcesz odpowiedzieć na kilka pytań o sobie?',
        ro: 'Vrei să răspunzi la câteva întrebări despre tine?',
        ur: 'کیا آپ کی مرضی ہے کہ اپنے بارے میں چند سوالوں کے جواب دیں؟',
        ar: 'هل لديك رغبة في الإجابة عن بعض الأسئلة عنك؟',
      },
      options: [
        { value: 'yes', label: YES },
        {
          value: 'no',
          label: {
            en: 'No, skip these questions',
            pl: 'Nie, pomiń te pytania',
            ro: 'Nu, sari peste aceste întrebări',
            ur: 'نہیں، یہ سوالات چھوڑ دیں',
            ar: 'لا، أريد تخطّي هذه الأسئلة',
          },
        },
      ],
      screen: 'about_start',
    },
    {
      id: 'age_band',
      type: 'choice',
      label: HOW_OLD,
      options: AGE_BANDS,
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_1',
    },
    {
      id: 'gender',
      type: 'choice',
      label: WHAT_GENDER,
      options: [
        {
          value: 'woman',
          label: { en: 'Woman', pl: 'Kobieta', ro: 'Femeie', ur: 'عورت', ar: 'امرأة' },
        },
        { value: 'man', label: { en: 'Man', pl: 'Mężczyzna', ro: 'Bărbat', ur: 'مرد', ar: 'رجل' } },
        {
          value: 'non_binary',
          label: {
            en: 'Non-binary',
            pl: 'Osoba niebinarna',
            ro: 'Persoană non-binară',
            ur: 'نان بائنری (Non-binary)',
            ar: 'هوية غير ثنائية (Non-binary)',
          },
        },
        {
          value: 'another_way',
          label: SELF_DESCRIBED,
        },
      ],
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_1',
    },
    {
      id: 'disability',
      type: 'yesno',
      label: DISABILITY,
      hint: DISABILITY_HINT,
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_2',
    },
    {
      id: 'ethnicity',
      type: 'choice',
      label: ETHNICITY,
      options: ETHNIC_GROUPS,
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_2',
    },
    {
      id: 'lgbt',
      type: 'yesno',
      label: {
        en: 'Do you think of yourself as LGBT+?',
        pl: 'Czy uważasz się za osobę LGBT+?',
        ro: 'Te consideri o persoană LGBT+?',
        ur: 'کیا آپ کی پہچان LGBT+ ہے؟',
        ar: 'هل أنت من مجتمع LGBT+؟',
      },
      hint: {
        en: 'This means lesbian, gay, bisexual, trans, or another identity like these.',
        pl: 'To znaczy: lesbijka, gej, osoba biseksualna, osoba transpłciowa lub inna podobna tożsamość.',
        ro: 'Adică persoană lesbiană, gay, bisexuală, trans sau cu o altă identitate asemănătoare.',
        ur: 'یعنی لیزبین، گے، بائی سیکشوئل، ٹرانس، یا اسی طرح کی کوئی اور پہچان۔',
        ar: 'يعني ذلك: مثلية أو مثلي، أو ثنائية أو ثنائي الميول الجنسية، أو عابرة أو عابر جنسيًا، أو هوية أخرى مشابهة.',
      },
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_2',
    },
  ],
  translations: { pl: 'draft', ro: 'draft', ur: 'draft', ar: 'draft' },
};
