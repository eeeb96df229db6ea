import type { Messages } from './en';
import { plural } from './plural';

// Romanian interface strings. Status: draft (machine assisted, awaiting a native speaker; see
// INTERFACE_TRANSLATIONS). Informal "tu", plain words. Participles and adjectives after
// "a fi" show the reader's gender ("ești pregătit/ă"), so these avoid them. Counted nouns take
// "de" from 20 up: 1 secundă, 2 secunde, 20 de secunde (Intl plural categories one/few/other).

const seconds = (n: number) =>
  plural('ro', n, { one: '1 secundă', few: '# secunde', other: '# de secunde' });

/** 1 răspuns, 2 răspunsuri, 20 de răspunsuri. */
const responses = (n: number) =>
  plural('ro', n, { one: '1 răspuns', few: '# răspunsuri', other: '# de răspunsuri' });

export const ro: Messages = {
  exitThisPage: 'Ieși de pe această pagină',
  exitHint: 'Sau apasă de 3 ori tasta Shift',
  exitShiftProgress: (left: number) =>
    plural('ro', left, {
      one: 'Ai apăsat Shift. Mai apasă Shift 1 dată ca să ieși.',
      few: 'Ai apăsat Shift. Mai apasă Shift de # ori ca să ieși.',
      other: 'Ai apăsat Shift. Mai apasă Shift de # de ori ca să ieși.',
    }),
  largerText: 'Text mai mare',
  normalText: 'Text normal',
  startTitle: 'Spune-ne cum a fost sprijinul primit',
  startLead: 'Durează cam 5 minute. Nu trebuie să-ți spui numele.',
  startButton: 'Începe',
  staff: 'Personal',
  notReady: 'Această tabletă nu este încă pregătită. Roagă un membru al personalului să te ajute.',
  introTitle: 'Înainte să începi',
  introAnonymous:
    'Răspunsurile tale sunt anonime. Nu îți cerem numele și nu păstrăm nimic care ar putea arăta ce tabletă este aceasta sau când ai răspuns.',
  introNotRealTime:
    'Nimeni nu citește răspunsurile tale imediat. Dacă ai nevoie de ajutor acum, sună la unul dintre numerele de mai jos.',
  introSkip: 'Poți sări peste orice întrebare.',
  introExit:
    'Dacă trebuie să pleci repede, apasă butonul roșu „Ieși de pe această pagină” de sus sau apasă de 3 ori tasta Shift. Ecranul se va goli, iar răspunsurile tale vor fi șterse.',
  emergency: 'În caz de urgență, sună la 999.',
  silentCall: 'Dacă nu poți vorbi, sună la 999 de pe un telefon mobil și apasă 55 când ți se cere.',
  continue: 'Continuă',
  back: 'Înapoi',
  send: 'Trimite răspunsurile mele',
  sending: 'Salvăm răspunsurile tale…',
  pageOf: (n: number, total: number) => `Pagina ${n} din ${total}`,
  errorSummaryTitle: 'Există o problemă',
  saveFailed:
    'Răspunsurile tale nu au putut fi salvate pe această tabletă. Te rugăm să spui unui membru al personalului. Răspunsurile tale nu au fost trimise nicăieri.',
  thanksTitle: 'Mulțumim',
  thanksBody:
    'Răspunsurile tale au fost salvate. Ne vor ajuta să oferim un sprijin mai bun altor oameni.',
  thanksHelp: 'Dacă vrei să vorbești cu cineva:',
  finish: 'Termină',
  helplinesTitle: 'Ajutor și sprijin',
  localServices: 'Servicii din zonă',
  idleTitle: 'Ai nevoie de mai mult timp?',
  idleBody: (s: number) =>
    `Răspunsurile tale vor fi șterse peste ${seconds(s)}, ca să rămână private.`,
  idleMore: 'Da, am nevoie de mai mult timp',
  idleLeave: 'Nu, șterge răspunsurile mele',
  charactersLeft: (n: number) =>
    plural('ro', n, {
      one: 'Mai ai 1 caracter',
      few: 'Mai ai # caractere',
      other: 'Mai ai # de caractere',
    }),
  charactersOver: (n: number) =>
    plural('ro', n, {
      one: 'Ai 1 caracter în plus',
      few: 'Ai # caractere în plus',
      other: 'Ai # de caractere în plus',
    }),
  preferNotToSay: 'Prefer să nu spun',
  yes: 'Da',
  no: 'Nu',
  agree: 'Sunt de acord',
  addOne: (label: string) => `Adaugă unu: ${label}`,
  removeOne: (label: string) => `Scade unu: ${label}`,
  pinTitle: 'PIN pentru personal',
  pinLabel: 'Introdu PIN-ul pentru personal',
  pinWrong: 'PIN-ul nu este corect. Încearcă din nou.',
  pinLocked: (s: number) => `Prea multe încercări. Așteaptă ${seconds(s)} și încearcă din nou.`,
  pinOk: 'OK',
  pinCancel: 'Anulează',
  pinClear: 'Șterge tot',
  pinDelete: 'Șterge',
  easyRead: 'Text ușor de citit',
  easyReadOn: 'Text ușor de citit: activat',

  outreachDocTitle: 'Activitate în teren – Hearth',
  outreachHeader: 'Hearth · Activitate în teren',
  outreachTitle: 'Această tabletă',
  outreachLoading: 'Se încarcă…',
  outreachDraftGone:
    'Chestionarul pus pe pauză nu mai poate fi deschis pe această tabletă. Puteți renunța la el.',
  outreachEventNotCreated:
    'Evenimentul nu a putut fi creat: această tabletă nu poate încă sigila înregistrări.',
  outreachPartnership: 'Parteneriat',
  outreachNotSetUp: 'Încă nu este configurată',
  outreachEnrolled: 'Înregistrată',
  outreachConfiguration: 'Configurație',
  outreachConfigVersion: (version: number) => `Versiunea ${version}`,
  outreachNoConfig: 'Încă nu există',
  outreachPinSet: 'Setat',
  outreachPinNotSet: 'Nesetat',
  outreachKioskTitle: 'Chioșc de feedback pentru supraviețuitori',
  outreachKioskLead:
    'Predați tableta în modul chioșc. Din el se poate ieși doar cu ieșirea rapidă, iar la aceste ecrane se revine doar cu PIN-ul personalului.',
  outreachBeforeKioskBoth:
    'Înainte de a porni chioșcul, înregistrați tableta (sau încărcați un fișier de configurare) și setați un PIN pentru personal.',
  outreachBeforeKioskEnrol:
    'Înainte de a porni chioșcul, înregistrați tableta (sau încărcați un fișier de configurare).',
  outreachBeforeKioskPin: 'Înainte de a porni chioșcul, setați un PIN pentru personal.',
  outreachStartKiosk: 'Pornește chioșcul',

  syncTitle: 'Trimiterea răspunsurilor',
  syncRevoked: (n: number) =>
    `Această tabletă a fost oprită de coordonator, deci nu poate trimite răspunsuri. ${plural(
      'ro',
      n,
      {
        one: 'Răspunsul de pe ea (1) este păstrat în siguranță (criptat).',
        other: `Cele ${responses(n)} de pe ea sunt păstrate în siguranță (criptate).`,
      },
    )} Întrebați coordonatorul ce trebuie făcut: nu ștergeți datele acestei tablete.`,
  syncUnauthenticated:
    'Serverul nu mai recunoaște această tabletă, deci nu poate trimite răspunsuri. Nu s-a șters nimic. Cereți coordonatorului să verifice înregistrarea tabletei.',
  syncWaiting: 'În așteptare',
  syncResponses: (n: number) => responses(n),
  syncByForm: 'Pe această tabletă, pe formulare',
  syncEvents: 'Evenimente',
  syncKeptAside: 'Puse deoparte',
  syncConflicts: (n: number) =>
    `Răspunsuri în conflict cu unele deja aflate pe server, păstrate pe această tabletă: ${n}. Spuneți-i coordonatorului.`,
  syncRefused: 'Refuzate',
  syncRejected: (n: number) =>
    `Răspunsuri refuzate de server și păstrate pe această tabletă: ${n}. Spuneți-i coordonatorului.`,
  syncLastSent: 'Ultima trimitere',
  syncNever: 'Niciodată',
  syncTodayAt: (time: string) => `Astăzi la ${time}`,
  syncDayAt: (day: string, time: string) => `${day} la ${time}`,
  syncLastProblem: 'Ultima problemă',
  syncTryingAgain: (when: string) => `Se reîncearcă: ${when}.`,
  syncStorage: 'Spațiu de stocare',
  syncPersistent: 'Păstrat de browser (persistent)',
  syncNotPersistent: 'Nepersistent: browserul îl poate șterge dacă rămâne puțin spațiu',
  syncUsed: (used: string, quota: string) => `${used} folosiți din ${quota}`,
  syncHomeScreen:
    'Pe un iPad, adăugați Hearth pe ecranul principal (Partajează, apoi „Adaugă pe ecranul principal”) și folosiți-l de acolo; altfel Safari poate șterge răspunsurile netrimise după câteva săptămâni.',
  syncProgress: (sent: number, total: number) => `Se trimite ${sent} din ${total}`,
  syncSending: 'Se trimite…',
  syncSendNow: 'Trimite acum',

  updateReady: 'Este disponibilă o versiune nouă a Hearth.',
  updateNow: 'Actualizează acum',

  pinFormLocked: (s: number) => `Prea multe încercări. Așteptați ${seconds(s)}.`,
  pinFormCurrentWrong: 'PIN-ul actual nu este corect.',
  pinFormPattern: 'PIN-ul nou trebuie să aibă între 4 și 8 cifre.',
  pinFormMismatch: 'Cele două PIN-uri noi nu sunt la fel.',
  pinFormSaved: 'PIN-ul personalului a fost salvat.',
  pinFormChangeTitle: 'Schimbați PIN-ul personalului',
  pinFormSetTitle: 'Setați un PIN pentru personal',
  pinFormLead:
    'Între 4 și 8 cifre. Oricine îl știe poate ieși din modul chioșc, așa că îl păstrează doar personalul.',
  pinFormCurrent: 'PIN-ul actual',
  pinFormNew: 'PIN nou',
  pinFormAgain: 'PIN nou, încă o dată',
  pinFormSave: 'Salvează PIN-ul',

  setupDone: (name: string, version: number) =>
    `Configurată pentru ${name} (versiunea configurației ${version}).`,
  setupUnreadable: 'Fișierul nu a putut fi citit.',
  setupUnchanged: (problem: string) => `${problem} Nu s-a schimbat nimic pe această tabletă.`,
  setupTitle: 'Configurare dintr-un fișier',
  setupLead:
    'Coordonatorul vă poate da un fișier de configurare Hearth. Conține cheia publică și formularele parteneriatului și este verificat înainte de folosire.',
  setupFile: 'Fișier de configurare',

  enrolDone: (name: string) => `Înregistrată la ${name}.`,
  enrolNotPersistent:
    'Browserul nu a garantat păstrarea datelor acestei tablete: instalați Hearth pe ecranul principal.',
  enrolConfigProblem: (problem: string) => `Formularele nu au putut fi încă încărcate: ${problem}`,
  enrolFailed: 'Înregistrarea nu a reușit. Nu s-a salvat nimic.',
  enrolTitle: 'Înregistrați această tabletă',
  enrolLead:
    'Coordonatorul creează în Hearth un cod de unică folosință. Înregistrarea conectează această tabletă la parteneriat, ca răspunsurile să poată fi trimise. Este nevoie o singură dată de conexiune.',
  enrolCode: 'Cod de înregistrare',
  enrolName: 'Numele tabletei (opțional)',
  enrolNameHint: 'De exemplu „Tableta albastră”. Nu folosiți numele unei persoane.',
  enrolKeyCheck: 'Cheia parteneriatului va fi verificată cu codul QR.',
  enrolBusy: 'Se înregistrează…',
  enrolButton: 'Înregistrează',
  enrolScan: 'Scanează codul QR',
  qrCameraFailed: 'Camera nu a putut fi folosită. Introduceți codul manual.',
  qrCameraView: 'Imaginea camerei',
  qrStop: 'Oprește scanarea',

  questionnairesTitle: 'Chestionare',
  questionnairesLead:
    'Completați un chestionar împreună cu o persoană. Îl puteți pune pe pauză și relua; rămâne criptat pe această tabletă.',
  questionnairesLanguage: 'Limba',
  questionnaireStart: (title: string) => `Începe „${title}”`,
  questionnairesPaused: 'Puse pe pauză',
  questionnairePausedOn: (day: string) => `pus pe pauză ${day}`,
  questionnaireResume: (title: string) => `Reia „${title}”`,
  questionnaireDiscard: 'Renunță',
  questionnairePause: 'Pauză',
  questionnaireWasPaused: (title: string) =>
    `„${title}” a fost pus pe pauză. Este păstrat criptat pe această tabletă.`,
  questionnaireWasDiscarded: (title: string) => `S-a renunțat la „${title}”.`,
  questionnaireWasSent: (title: string) => `„${title}” a fost pus în coada de trimitere (sigilat).`,
  questionnaireSaveFailed:
    'Răspunsurile nu au putut fi salvate. Sunt încă aici și în varianta pusă pe pauză.',
  questionnaireDiscardTitle: 'Renunțați la aceste răspunsuri?',
  questionnaireDiscardBody: 'Vor fi șterse de pe această tabletă și nu vor fi trimise niciodată.',
  questionnaireDiscardConfirm: 'Renunță la răspunsuri',
  questionnaireKeep: 'Păstrează-le',

  eventsTitle: 'Evenimentele de azi',
  eventsNone: 'Încă nu există evenimente azi.',
  eventsSheetOpen: 'fișă deschisă',
  eventsOpen: (name: string) => `Deschide „${name}”`,
  eventsCreateTitle: 'Creați un eveniment',
  eventsName: 'Numele evenimentului',
  eventsNameHint:
    'Ce este și unde, de ex. „Stand la piață, High Street”. Niciodată numele unei persoane sau adresa unui adăpost.',
  eventsNameMissing: 'Dați un nume evenimentului, de exemplu „Stand la piață”.',
  eventsArea: 'Zona sau cartierul (opțional)',
  eventsCreate: 'Creează evenimentul',

  sheetBack: 'Înapoi la evenimente',
  sheetSavedHint: 'salvată pe această tabletă pe parcurs (criptat)',
  sheetQuestionnaires: 'Chestionare la acest eveniment',
  sheetStartKiosk: 'Pornește chioșcul pentru acest eveniment',
  sheetUndo: 'Anulează ultima numărare',
  sheetClose: 'Închide evenimentul',
  sheetCloseTitle: (name: string) => `Închideți „${name}”?`,
  sheetCloseBody:
    'Fișa de prezență este sigilată și trimisă. După aceea nu mai poate fi modificată.',
  sheetCloseConfirm: 'Închide și trimite',
  sheetKeepOpen: 'Las-o deschisă',
  sheetClosed: (name: string) =>
    `„${name}” a fost închis. Fișa de prezență este sigilată în coada de trimitere.`,
  sheetKeptOpen: (name: string) => `„${name}” rămâne deschis.`,
  sheetSealFailed:
    'Fișa nu a putut fi sigilată. Este încă salvată pe această tabletă; încercați din nou.',
  enrolErrAlready: 'Această tabletă este deja înregistrată.',
  enrolErrInvalidCode:
    'Codul nu a funcționat. Poate a fost scris greșit, folosit deja sau a expirat. Cere coordonatorului un cod nou.',
  enrolErrRateLimited: 'Prea multe încercări. Așteaptă un minut și încearcă din nou.',
  enrolErrUnreachable:
    'Serverul nu poate fi accesat. Înregistrarea are nevoie o dată de conexiune la internet.',
  enrolErrFailed:
    'Înregistrarea nu a reușit. Nu s-a salvat nimic. Încearcă din nou sau întreabă coordonatorul.',
  enrolErrKeyMismatch:
    'Cheia parteneriatului de pe server nu se potrivește cu codul QR. Nu s-a salvat nimic. Anunță coordonatorul.',
  enrolErrOtherPartnership:
    'Această tabletă este deja configurată pentru alt parteneriat. Nu s-a salvat nimic.',
  configErrNotSigned: 'Configurația nu este semnată de parteneriatul tău.',
  configErrBadFormat:
    'Configurația este deteriorată sau are un format pe care Hearth nu îl cunoaște.',
  configErrOtherPartnership:
    'Această configurație aparține altui parteneriat decât această tabletă.',
  configErrOlder: 'Această configurație este mai veche decât cea pe care o are deja tableta.',
  configErrNotAFile: 'Acest fișier nu este un fișier de configurare Hearth.',
  helplineHours24Free: 'Non-stop, gratuit',
  helplineForEveryone: 'Pentru orice persoană care trece prin violență domestică.',
  helplineForMen: 'Pentru bărbații care trec prin violență domestică.',
  helplineForLgbt: 'Pentru persoanele LGBT+ care trec prin abuz.',
  helplineForChildren: 'Dacă îți faci griji pentru un copil.',
  syncSendFailed: 'Trimiterea nu a reușit.',
};
