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
  easyRead: 'Tekst łatwy do czytania',
  easyReadOn: 'Tekst łatwy do czytania: włączony',

  outreachDocTitle: 'Praca w terenie – Hearth',
  outreachHeader: 'Hearth · Praca w terenie',
  outreachTitle: 'Ten tablet',
  outreachLoading: 'Wczytywanie…',
  outreachDraftGone:
    'Nie można już otworzyć tego wstrzymanego kwestionariusza na tym tablecie. Można go odrzucić.',
  outreachEventNotCreated:
    'Nie udało się utworzyć wydarzenia: ten tablet nie może jeszcze szyfrować rekordów.',
  outreachPartnership: 'Partnerstwo',
  outreachNotSetUp: 'Jeszcze nieskonfigurowany',
  outreachEnrolled: 'Zarejestrowany',
  outreachConfiguration: 'Konfiguracja',
  outreachConfigVersion: (version: number) => `Wersja ${version}`,
  outreachNoConfig: 'Jeszcze brak',
  outreachPinSet: 'Ustawiony',
  outreachPinNotSet: 'Nieustawiony',
  outreachKioskTitle: 'Kiosk z ankietą dla osób, które doznały przemocy',
  outreachKioskLead:
    'Przekaż tablet w trybie kiosku. Można go opuścić tylko przyciskiem szybkiego wyjścia, a do tych ekranów wraca się wyłącznie z PIN-em personelu.',
  outreachBeforeKioskBoth:
    'Przed uruchomieniem kiosku zarejestruj tablet (albo wczytaj plik konfiguracyjny) i ustaw PIN personelu.',
  outreachBeforeKioskEnrol:
    'Przed uruchomieniem kiosku zarejestruj tablet (albo wczytaj plik konfiguracyjny).',
  outreachBeforeKioskPin: 'Przed uruchomieniem kiosku ustaw PIN personelu.',
  outreachStartKiosk: 'Uruchom kiosk',

  syncTitle: 'Wysyłanie odpowiedzi',
  syncRevoked: (n: number) =>
    `Koordynator wyłączył ten tablet, więc nie może on wysyłać odpowiedzi. ${plural('pl', n, {
      one: 'Zapisana na nim 1 odpowiedź jest bezpiecznie przechowywana',
      few: 'Zapisane na nim # odpowiedzi są bezpiecznie przechowywane',
      other: 'Zapisanych na nim # odpowiedzi jest bezpiecznie przechowywanych',
    })} (zaszyfrowane). Zapytaj koordynatora, co zrobić: nie usuwaj danych tego tabletu.`,
  syncUnauthenticated:
    'Serwer już nie rozpoznaje tego tabletu, więc nie może on wysyłać odpowiedzi. Nic nie zostało usunięte. Poproś koordynatora o sprawdzenie rejestracji tabletu.',
  syncWaiting: 'Czeka na wysłanie',
  syncResponses: (n: number) => plural('pl', n, { one: '1 odpowiedź', other: '# odpowiedzi' }),
  syncByForm: 'Na tym tablecie, według formularza',
  syncEvents: 'Wydarzenia',
  syncKeptAside: 'Odłożone',
  syncConflicts: (n: number) =>
    plural('pl', n, {
      one: '1 odpowiedź różni się od odpowiedzi zapisanej już na serwerze i została zatrzymana na tym tablecie. Powiedz o tym koordynatorowi.',
      few: '# odpowiedzi różnią się od odpowiedzi zapisanych już na serwerze i zostały zatrzymane na tym tablecie. Powiedz o tym koordynatorowi.',
      other:
        '# odpowiedzi różni się od odpowiedzi zapisanych już na serwerze i zostało zatrzymanych na tym tablecie. Powiedz o tym koordynatorowi.',
    }),
  syncRefused: 'Odrzucone',
  syncRejected: (n: number) =>
    plural('pl', n, {
      one: '1 odpowiedź została odrzucona przez serwer i zatrzymana na tym tablecie. Powiedz o tym koordynatorowi.',
      few: '# odpowiedzi zostały odrzucone przez serwer i zatrzymane na tym tablecie. Powiedz o tym koordynatorowi.',
      other:
        '# odpowiedzi zostało odrzuconych przez serwer i zatrzymanych na tym tablecie. Powiedz o tym koordynatorowi.',
    }),
  syncLastSent: 'Ostatnio wysłano',
  syncNever: 'Nigdy',
  syncTodayAt: (time: string) => `Dziś o ${time}`,
  syncDayAt: (day: string, time: string) => `${day} o ${time}`,
  syncLastProblem: 'Ostatni problem',
  syncTryingAgain: (when: string) => `Ponowna próba: ${when}.`,
  syncStorage: 'Pamięć',
  syncPersistent: 'Przechowywane przez przeglądarkę (trwale)',
  syncNotPersistent: 'Nietrwałe: przeglądarka może je usunąć, gdy zabraknie miejsca',
  syncUsed: (used: string, quota: string) => `użyto ${used} z ${quota}`,
  syncHomeScreen:
    'Na iPadzie dodaj Hearth do ekranu początkowego (Udostępnij, potem „Do ekranu początkowego”) i uruchamiaj go stamtąd, bo inaczej Safari może po kilku tygodniach usunąć niewysłane odpowiedzi.',
  syncProgress: (sent: number, total: number) => `Wysyłanie: ${sent} z ${total}`,
  syncSending: 'Wysyłanie…',
  syncSendNow: 'Wyślij teraz',

  updateReady: 'Jest gotowa nowa wersja Hearth.',
  updateNow: 'Zaktualizuj teraz',

  pinFormLocked: (s: number) => `Zbyt wiele prób. Poczekaj ${seconds(s)}.`,
  pinFormCurrentWrong: 'Obecny PIN jest nieprawidłowy.',
  pinFormPattern: 'Nowy PIN musi mieć od 4 do 8 cyfr.',
  pinFormMismatch: 'Dwa nowe PIN-y się różnią.',
  pinFormSaved: 'Zapisano PIN personelu.',
  pinFormChangeTitle: 'Zmień PIN personelu',
  pinFormSetTitle: 'Ustaw PIN personelu',
  pinFormLead:
    'Od 4 do 8 cyfr. Każda osoba, która go zna, może wyjść z trybu kiosku, więc PIN zna tylko personel.',
  pinFormCurrent: 'Obecny PIN',
  pinFormNew: 'Nowy PIN',
  pinFormAgain: 'Nowy PIN jeszcze raz',
  pinFormSave: 'Zapisz PIN',

  setupDone: (name: string, version: number) =>
    `Skonfigurowano dla: ${name} (wersja konfiguracji ${version}).`,
  setupUnreadable: 'Nie udało się odczytać tego pliku.',
  setupUnchanged: (problem: string) => `${problem} Na tym tablecie nic nie zmieniono.`,
  setupTitle: 'Konfiguracja z pliku',
  setupLead:
    'Koordynator może przekazać plik konfiguracyjny Hearth. Zawiera on klucz publiczny partnerstwa i formularze i jest sprawdzany przed użyciem.',
  setupFile: 'Plik konfiguracyjny',

  enrolDone: (name: string) => `Zarejestrowano w: ${name}.`,
  enrolNotPersistent:
    'Przeglądarka nie zagwarantowała przechowywania danych tego tabletu: zainstaluj Hearth na ekranie początkowym.',
  enrolConfigProblem: (problem: string) => `Nie udało się jeszcze wczytać formularzy: ${problem}`,
  enrolFailed: 'Rejestracja nie powiodła się. Nic nie zostało zapisane.',
  enrolTitle: 'Zarejestruj ten tablet',
  enrolLead:
    'Koordynator tworzy w Hearth jednorazowy kod. Rejestracja łączy ten tablet z partnerstwem, aby można było wysyłać odpowiedzi. Wymaga jednorazowego połączenia z internetem.',
  enrolCode: 'Kod rejestracji',
  enrolName: 'Nazwa tabletu (opcjonalnie)',
  enrolNameHint: 'Na przykład „Niebieski tablet”. Nie używaj imienia ani nazwiska osoby.',
  enrolKeyCheck: 'Klucz partnerstwa zostanie porównany z kodem QR.',
  enrolBusy: 'Rejestrowanie…',
  enrolButton: 'Zarejestruj',
  enrolScan: 'Zeskanuj kod QR',
  qrCameraFailed: 'Nie można użyć aparatu. Wpisz kod ręcznie.',
  qrCameraView: 'Obraz z aparatu',
  qrStop: 'Zakończ skanowanie',

  questionnairesTitle: 'Kwestionariusze',
  questionnairesLead:
    'Wypełnij kwestionariusz razem z drugą osobą. Można go wstrzymać i wrócić do niego później; pozostaje zaszyfrowany na tym tablecie.',
  questionnairesLanguage: 'Język',
  questionnaireStart: (title: string) => `Rozpocznij „${title}”`,
  questionnairesPaused: 'Wstrzymane',
  questionnairePausedOn: (day: string) => `wstrzymano ${day}`,
  questionnaireResume: (title: string) => `Wznów „${title}”`,
  questionnaireDiscard: 'Odrzuć',
  questionnairePause: 'Wstrzymaj',
  questionnaireWasPaused: (title: string) =>
    `Wstrzymano „${title}”. Jest przechowywany w postaci zaszyfrowanej na tym tablecie.`,
  questionnaireWasDiscarded: (title: string) => `Odrzucono „${title}”.`,
  questionnaireWasSent: (title: string) =>
    `„${title}” trafia do skrzynki nadawczej (zaszyfrowane).`,
  questionnaireSaveFailed:
    'Nie udało się zapisać odpowiedzi. Nadal są tutaj i we wstrzymanej wersji roboczej.',
  questionnaireDiscardTitle: 'Odrzucić te odpowiedzi?',
  questionnaireDiscardBody: 'Zostaną usunięte z tego tabletu i nigdy nie zostaną wysłane.',
  questionnaireDiscardConfirm: 'Odrzuć odpowiedzi',
  questionnaireKeep: 'Zachowaj je',

  eventsTitle: 'Dzisiejsze wydarzenia',
  eventsNone: 'Dziś nie ma jeszcze wydarzeń.',
  eventsSheetOpen: 'lista otwarta',
  eventsOpen: (name: string) => `Otwórz „${name}”`,
  eventsCreateTitle: 'Utwórz wydarzenie',
  eventsName: 'Nazwa wydarzenia',
  eventsNameHint:
    'Co to jest i gdzie, np. „Stoisko na targu, High Street”. Nigdy imię i nazwisko osoby ani adres schroniska.',
  eventsNameMissing: 'Nadaj wydarzeniu nazwę, na przykład „Stoisko na targu”.',
  eventsArea: 'Obszar lub dzielnica (opcjonalnie)',
  eventsCreate: 'Utwórz wydarzenie',

  sheetBack: 'Wróć do wydarzeń',
  sheetSavedHint: 'zapisywane na bieżąco na tym tablecie (zaszyfrowane)',
  sheetQuestionnaires: 'Kwestionariusze podczas tego wydarzenia',
  sheetStartKiosk: 'Uruchom kiosk dla tego wydarzenia',
  sheetUndo: 'Cofnij ostatnie liczenie',
  sheetClose: 'Zamknij wydarzenie',
  sheetCloseTitle: (name: string) => `Zamknąć „${name}”?`,
  sheetCloseBody:
    'Lista obecności zostanie zaszyfrowana i wysłana. Potem nie można jej już zmienić.',
  sheetCloseConfirm: 'Zamknij i wyślij',
  sheetKeepOpen: 'Zostaw otwarte',
  sheetClosed: (name: string) =>
    `Zamknięto „${name}”. Lista obecności jest zaszyfrowana w skrzynce nadawczej.`,
  sheetKeptOpen: (name: string) => `„${name}” pozostaje otwarte.`,
  sheetSealFailed:
    'Nie udało się zaszyfrować listy. Nadal jest zapisana na tym tablecie; spróbuj ponownie.',
  enrolErrAlready: 'Ten tablet jest już zarejestrowany.',
  enrolErrInvalidCode:
    'Ten kod nie zadziałał. Może zawierać literówkę, mógł zostać już użyty lub wygasł. Poproś koordynatora o nowy kod.',
  enrolErrRateLimited: 'Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.',
  enrolErrUnreachable:
    'Nie można połączyć się z serwerem. Rejestracja wymaga jednorazowo połączenia z internetem.',
  enrolErrFailed:
    'Rejestracja nie powiodła się. Nic nie zostało zapisane. Spróbuj ponownie lub zapytaj koordynatora.',
  enrolErrKeyMismatch:
    'Klucz partnerstwa na serwerze nie zgadza się z kodem QR. Nic nie zostało zapisane. Powiadom koordynatora.',
  enrolErrOtherPartnership:
    'Ten tablet jest już skonfigurowany dla innego partnerstwa. Nic nie zostało zapisane.',
  configErrNotSigned: 'Konfiguracja nie jest podpisana przez Twoje partnerstwo.',
  configErrBadFormat: 'Konfiguracja jest uszkodzona lub ma format, którego Hearth nie zna.',
  configErrOtherPartnership: 'Ta konfiguracja należy do innego partnerstwa niż ten tablet.',
  configErrOlder: 'Ta konfiguracja jest starsza niż ta, którą tablet już ma.',
  configErrNotAFile: 'Ten plik nie jest plikiem konfiguracyjnym Hearth.',
  helplineHours24Free: 'Całodobowo, bezpłatnie',
  helplineForEveryone: 'Dla każdej osoby doświadczającej przemocy domowej.',
  helplineForMen: 'Dla mężczyzn doświadczających przemocy domowej.',
  helplineForLgbt: 'Dla osób LGBT+ doświadczających przemocy.',
  helplineForChildren: 'Jeśli martwisz się o dziecko.',
  syncSendFailed: 'Wysyłanie się nie powiodło.',
};
