import type { Messages } from './en';
import { plural } from './plural';

// Romanian interface strings. Status: draft (machine assisted, awaiting a native speaker; see
// INTERFACE_TRANSLATIONS). Informal "tu", plain words. Participles and adjectives after
// "a fi" show the reader's gender ("ești pregătit/ă"), so these avoid them. Counted nouns take
// "de" from 20 up: 1 secundă, 2 secunde, 20 de secunde (Intl plural categories one/few/other).

const seconds = (n: number) =>
  plural('ro', n, { one: '1 secundă', few: '# secunde', other: '# de secunde' });

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
};
