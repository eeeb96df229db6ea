import type { Messages } from './en';
import { plural } from './plural';

// Polish interface strings. Status: draft (machine assisted, awaiting a native speaker; see
// INTERFACE_TRANSLATIONS). Informal "ty", with "Twój/Ciebie" capitalised as a courtesy.
// Polish past tenses and adjectives show the reader's gender, so these use the present
// tense, impersonal forms (-no/-to) and "osoba" instead.

/** "sekunda" after "za" / "poczekaj": 1 sekundę, 2 sekundy, 5 sekund. */
const seconds = (n: number) =>
  plural('pl', n, { one: '# sekundę', few: '# sekundy', many: '# sekund', other: '# sekundy' });

export const pl: Messages = {
  exitThisPage: 'Wyjdź z tej strony',
  exitHint: 'Albo naciśnij 3 razy klawisz Shift',
  exitShiftProgress: (left: number) =>
    plural('pl', left, {
      one: 'Naciśnięto Shift. Naciśnij Shift jeszcze 1 raz, aby wyjść.',
      other: 'Naciśnięto Shift. Naciśnij Shift jeszcze # razy, aby wyjść.',
    }),
  largerText: 'Większy tekst',
  normalText: 'Zwykły tekst',
  startTitle: 'Powiedz nam, jak oceniasz nasze wsparcie',
  startLead: 'To zajmie około 5 minut. Nie musisz podawać swojego imienia.',
  startButton: 'Zacznij',
  staff: 'Personel',
  notReady: 'Ten tablet nie jest jeszcze gotowy. Poproś o pomoc kogoś z personelu.',
  introTitle: 'Zanim zaczniesz',
  introAnonymous:
    'Twoje odpowiedzi są anonimowe. Nie pytamy o imię i nie zapisujemy niczego, co pozwoliłoby rozpoznać ten tablet ani godzinę, o której odpowiadasz.',
  introNotRealTime:
    'Nikt nie czyta Twoich odpowiedzi od razu. Jeśli potrzebujesz pomocy teraz, zadzwoń pod jeden z numerów poniżej.',
  introSkip: 'Możesz pominąć każde pytanie.',
  introExit:
    'Jeśli musisz szybko wyjść, naciśnij czerwony przycisk „Wyjdź z tej strony” na górze albo naciśnij 3 razy klawisz Shift. Ekran się wyczyści, a Twoje odpowiedzi zostaną usunięte.',
  emergency: 'W sytuacji zagrożenia zadzwoń pod numer 999.',
  silentCall:
    'Jeśli nie możesz mówić, zadzwoń pod 999 z telefonu komórkowego i naciśnij 55, gdy usłyszysz prośbę.',
  continue: 'Dalej',
  back: 'Wstecz',
  send: 'Wyślij moje odpowiedzi',
  sending: 'Zapisujemy Twoje odpowiedzi…',
  pageOf: (n: number, total: number) => `Strona ${n} z ${total}`,
  errorSummaryTitle: 'Wystąpił problem',
  saveFailed:
    'Nie udało się zapisać Twoich odpowiedzi na tym tablecie. Powiedz o tym komuś z personelu. Twoje odpowiedzi nie zostały nigdzie wysłane.',
  thanksTitle: 'Dziękujemy',
  thanksBody: 'Twoje odpowiedzi zostały zapisane. Pomogą nam lepiej wspierać innych ludzi.',
  thanksHelp: 'Jeśli chcesz z kimś porozmawiać:',
  finish: 'Zakończ',
  helplinesTitle: 'Pomoc i wsparcie',
  localServices: 'Pomoc w okolicy',
  idleTitle: 'Potrzebujesz więcej czasu?',
  idleBody: (s: number) =>
    `Twoje odpowiedzi zostaną usunięte za ${seconds(s)}, żeby nikt ich nie zobaczył.`,
  idleMore: 'Tak, potrzebuję więcej czasu',
  idleLeave: 'Nie, usuń moje odpowiedzi',
  charactersLeft: (n: number) =>
    plural('pl', n, {
      one: 'Został Ci 1 znak',
      few: 'Zostały Ci # znaki',
      many: 'Zostało Ci # znaków',
      other: 'Zostało Ci # znaku',
    }),
  charactersOver: (n: number) =>
    plural('pl', n, {
      one: 'Masz 1 znak za dużo',
      few: 'Masz # znaki za dużo',
      many: 'Masz # znaków za dużo',
      other: 'Masz # znaku za dużo',
    }),
  preferNotToSay: 'Wolę nie odpowiadać',
  yes: 'Tak',
  no: 'Nie',
  agree: 'Zgadzam się',
  addOne: (label: string) => `Dodaj jeden: ${label}`,
  removeOne: (label: string) => `Odejmij jeden: ${label}`,
  pinTitle: 'PIN personelu',
  pinLabel: 'Wpisz PIN personelu',
  pinWrong: 'Ten PIN jest nieprawidłowy. Spróbuj jeszcze raz.',
  pinLocked: (s: number) => `Zbyt wiele prób. Poczekaj ${seconds(s)} i spróbuj ponownie.`,
  pinOk: 'OK',
  pinCancel: 'Anuluj',
  pinClear: 'Wyczyść',
  pinDelete: 'Usuń',
};
