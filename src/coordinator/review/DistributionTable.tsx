import type { Cell } from '../analysis/types';
import { Swatch, type Tone } from './charts/fills';
import { cellText, shareText } from './format';

// The accessible version of every chart (and its key): a real table with a caption and
// header cells, counts as text, hidden ones as "fewer than 10". Shares are shown only where
// both the count and its total are shown.

export interface TableRow {
  key: string;
  label: string;
  count: Cell;
  tone?: Tone;
}

interface Props {
  caption: string;
  rows: readonly TableRow[];
  /** Heading of the first column. */
  rowHeading?: string;
  /** Heading of the count column. */
  countHeading?: string;
  /** Shares of this total are shown in a third column. */
  shareOf?: Cell;
  /** A last row for the total, e.g. "Total people". */
  totalRow?: { label: string; count: Cell };
}

export function DistributionTable(props: Props) {
  const { caption, rows, shareOf, totalRow } = props;
  return (
    <table class="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowHeading ?? 'Answer'}</th>
          <th scope="col" class="num">
            {props.countHeading ?? 'People'}
          </th>
          {shareOf ? (
            <th scope="col" class="num">
              Share
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.tone ? <Swatch tone={row.tone} /> : null}
              {row.label}
            </th>
            <td class={row.count.kind === 'count' ? 'num' : 'num hidden-value'}>
              {cellText(row.count)}
            </td>
            {shareOf ? <td class="num">{shareText(row.count, shareOf)}</td> : null}
          </tr>
        ))}
      </tbody>
      {totalRow ? (
        <tfoot>
          <tr>
            <th scope="row">{totalRow.label}</th>
            <td class={totalRow.count.kind === 'count' ? 'num' : 'num hidden-value'}>
              {cellText(totalRow.count)}
            </td>
            {shareOf ? <td /> : null}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
