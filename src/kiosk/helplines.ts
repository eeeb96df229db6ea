import type { Messages } from '../i18n';

/** A national helpline: names and numbers stay as people would ask for them; the words around them are translated. */
export interface NationalHelpline {
  name: string;
  phone: string;
  hours?: keyof Messages;
  description: keyof Messages;
}

/** National helplines shown on every intro and thank-you screen (design §8). */
export const NATIONAL_HELPLINES: readonly NationalHelpline[] = [
  {
    name: 'National Domestic Abuse Helpline',
    phone: '0800 2000 247',
    hours: 'helplineHours24Free',
    description: 'helplineForEveryone',
  },
  { name: "Respect Men's Advice Line", phone: '0800 801 0327', description: 'helplineForMen' },
  {
    name: 'Galop LGBT+ Domestic Abuse Helpline',
    phone: '0800 999 5428',
    description: 'helplineForLgbt',
  },
  { name: 'NSPCC Helpline', phone: '0800 800 2000', description: 'helplineForChildren' },
];
