import type { EventIndex } from '../analysis/events';
import type { FilterChoices } from '../analysis/filters';
import type { Filters } from '../analysis/types';
import { isLocale } from '../../../protocol/locales';
import { eventLabel, localeLabel } from './format';
import { withFilter } from './review-context';

// Filter controls for review screens: date range, event, area, form version and language.
// Each applies at once; the choices offered come from the responses themselves.

type Field = 'dates' | 'event' | 'area' | 'version' | 'locale';

interface Props {
  filters: Filters;
  onChange(next: Filters): void;
  choices: FilterChoices;
  events: EventIndex;
  /** Which controls to show (all by default). */
  fields?: readonly Field[];
  /** Keeps ids unique if two bars share a page. */
  idPrefix?: string;
}

const ALL: readonly Field[] = ['dates', 'event', 'area', 'version', 'locale'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function FilterBar({
  filters,
  onChange,
  choices,
  events,
  fields = ALL,
  idPrefix = 'f',
}: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) =>
    onChange(withFilter(filters, key, value));
  const day = (value: string) => (DAY.test(value) ? value : undefined);
  const has = (f: Field) => fields.includes(f);
  const active = Object.values(filters).some((v) => v !== undefined);
  return (
    <form class="filter-bar" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {has('dates') ? (
        <>
          <div class="filter">
            <label for={id('from')}>From</label>
            <input
              id={id('from')}
              type="date"
              value={filters.from ?? ''}
              {...(choices.firstDay ? { min: choices.firstDay } : {})}
              onChange={(e) => set('from', day(e.currentTarget.value))}
            />
          </div>
          <div class="filter">
            <label for={id('to')}>To</label>
            <input
              id={id('to')}
              type="date"
              value={filters.to ?? ''}
              {...(choices.lastDay ? { max: choices.lastDay } : {})}
              onChange={(e) => set('to', day(e.currentTarget.value))}
            />
          </div>
        </>
      ) : null}
      {has('event') ? (
        <Select
          id={id('event')}
          label="Event"
          value={filters.eventId ?? ''}
          options={choices.eventIds.map((e) => [e, eventLabel(events, e)])}
          {...(filters.eventId ? { missingLabel: eventLabel(events, filters.eventId) } : {})}
          onChange={(v) => set('eventId', v || undefined)}
        />
      ) : null}
      {has('area') ? (
        <Select
          id={id('area')}
          label="Area"
          value={filters.area ?? ''}
          options={choices.areas.map((a) => [a, a])}
          onChange={(v) => set('area', v || undefined)}
        />
      ) : null}
      {has('version') ? (
        <Select
          id={id('version')}
          label="Form version"
          value={filters.formVersion === undefined ? '' : String(filters.formVersion)}
          options={choices.formVersions.map((v) => [String(v), `Version ${v}`])}
          {...(filters.formVersion ? { missingLabel: `Version ${filters.formVersion}` } : {})}
          onChange={(v) => set('formVersion', v ? Number(v) : undefined)}
        />
      ) : null}
      {has('locale') ? (
        <Select
          id={id('locale')}
          label="Language"
          value={filters.locale ?? ''}
          options={choices.locales.map((l) => [l, localeLabel(l)])}
          {...(filters.locale ? { missingLabel: localeLabel(filters.locale) } : {})}
          onChange={(v) => set('locale', isLocale(v) ? v : undefined)}
        />
      ) : null}
      {active ? (
        <button type="button" class="button secondary" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
  missingLabel?: string;
}) {
  const { id, label, value, onChange } = props;
  // A filter set on another screen may name a value these responses lack: keep it visible.
  const options =
    value === '' || props.options.some(([v]) => v === value)
      ? props.options
      : [...props.options, [value, props.missingLabel ?? value] as const];
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
