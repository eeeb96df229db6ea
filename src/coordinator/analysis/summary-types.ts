import type { QuestionType } from '../../../protocol/form';
import type { Cell } from './types';

// What the review screens, the report and the CSV export get for a form: every count has
// already been through disclosure control (disclosure.ts), so a screen can only show Cells.

/** Which half of a diverging bar a point of an agree scale belongs to. */
export type Side = 'negative' | 'neutral' | 'positive';

export interface DistributionRow {
  /** The stored answer value: an option or band value, a scale point ("1"…), a month, a bin. */
  key: string;
  /** English label for the screen. */
  label: string;
  count: Cell;
  /** Agree scales only. */
  side?: Side;
}

export interface QuestionSummary {
  questionId: string;
  type: Exclude<QuestionType, 'info' | 'consent'>;
  label: string;
  /** Responses that answered the question. */
  answered: Cell;
  /**
   * False when the question's responses (or the form's) are fewer than k: no distribution,
   * `rows` is empty. A text question is never "shown" here: its answers go through free text.
   */
  shown: boolean;
  /**
   * choice: options (+ "Prefer not to say"); scale: points low → high (+ prefer not to say);
   * yesno: yes, no (+ prefer not to say); number: bins; date: months; tally: bands (sums of
   * people); text: none.
   */
  rows: DistributionRow[];
  /**
   * The total the rows belong to: answered for choice, scale, yesno, number and date (for
   * multiple choice, respondents: the rows overlap and do not add up to it); for a tally, the
   * sum over the bands (people, not responses).
   */
  total: Cell;
  /** choice only. */
  multiple?: boolean;
  /** scale only: the end labels, and whether it is an agree scale drawn as diverging bars. */
  scale?: { points: number; low: string; high: string; agree: boolean; sides?: SideTotals };
  /** number only: the sum of the answers (people engaged, say), when it can be shown. */
  sum?: Cell;
}

/**
 * Agree scales: people on each side, present only when every point on that scale is shown
 * (a side that added a hidden point to shown ones would reveal it).
 */
export interface SideTotals {
  negative: number;
  neutral: number;
  positive: number;
}

export interface FormSummary {
  formId: string;
  title: string;
  /** The k used for this form (settings.suppressionKByForm ?? settings.suppressionK, ≥ 5). */
  k: number;
  /** Responses after filters. */
  n: Cell;
  /** False when n < k: nothing but "fewer than k responses" may be shown. */
  shown: boolean;
  /** Versions among the responses summarised. */
  versions: number[];
  questions: QuestionSummary[];
}
