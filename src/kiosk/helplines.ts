import type { Helpline } from '../../protocol/config';

/** National helplines shown on every intro and thank-you screen (design §8). */
export const NATIONAL_HELPLINES: readonly Helpline[] = [
  {
    name: 'National Domestic Abuse Helpline',
    phone: '0800 2000 247',
    hours: '24 hours, free',
    description: 'For anyone experiencing domestic abuse.',
  },
  {
    name: "Respect Men's Advice Line",
    phone: '0800 801 0327',
    description: 'For men experiencing domestic abuse.',
  },
  {
    name: 'Galop LGBT+ Domestic Abuse Helpline',
    phone: '0800 999 5428',
    description: 'For LGBT+ people experiencing abuse.',
  },
  {
    name: 'NSPCC Helpline',
    phone: '0800 800 2000',
    description: 'If you are worried about a child.',
  },
];
