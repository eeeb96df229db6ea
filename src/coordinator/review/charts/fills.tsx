import { useId } from 'preact/hooks';
import type { Side } from '../../analysis/summary-types';

// Fills for agree scales. Colour is not the only cue: disagreeing points are hatched,
// agreeing points solid, the neutral point dotted grey, and every segment has a dark outline;
// in the chart they also sit left or right of the centre line. Colours from a palette that
// stays distinct for common colour-vision deficiencies (ColorBrewer BrBG).

export type Tone = 'neg-strong' | 'neg' | 'neutral' | 'pos' | 'pos-strong';

export function toneOf(side: Side, strength: number): Tone {
  if (side === 'neutral') return 'neutral';
  const strong = strength >= 0.75;
  if (side === 'negative') return strong ? 'neg-strong' : 'neg';
  return strong ? 'pos-strong' : 'pos';
}

const COLOURS: Record<Tone, string> = {
  'neg-strong': '#8c510a',
  neg: '#dfc27d',
  neutral: '#e0e0e0',
  pos: '#80cdc1',
  'pos-strong': '#01665e',
};

const PATTERNED: Record<Tone, 'hatch' | 'dots' | null> = {
  'neg-strong': 'hatch',
  neg: 'hatch',
  neutral: 'dots',
  pos: null,
  'pos-strong': null,
};

/** <defs> for the tones; `prefix` keeps ids unique when several charts share a page. */
export function ToneDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(Object.keys(COLOURS) as Tone[]).map((tone) => {
        const kind = PATTERNED[tone];
        if (kind === null) return null;
        const ink = tone === 'neg-strong' ? '#ffffff' : '#1b1b1b';
        return (
          <pattern
            key={tone}
            id={`${prefix}-${tone}`}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform={kind === 'hatch' ? 'rotate(45)' : undefined}
          >
            <rect width="8" height="8" fill={COLOURS[tone]} />
            {kind === 'hatch' ? (
              <line x1="0" y1="0" x2="0" y2="8" stroke={ink} stroke-width="2" />
            ) : (
              <circle cx="4" cy="4" r="1.2" fill={ink} />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

/** The fill attribute for a tone inside an SVG that has <ToneDefs prefix={prefix}>. */
export function toneFill(tone: Tone, prefix: string): string {
  return PATTERNED[tone] === null ? COLOURS[tone] : `url(#${prefix}-${tone})`;
}

/** A small key square (for the table that doubles as the chart's legend). */
export function Swatch({ tone }: { tone: Tone }) {
  const prefix = `sw${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg class="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <ToneDefs prefix={prefix} />
      <rect
        x="1"
        y="1"
        width="16"
        height="16"
        fill={toneFill(tone, prefix)}
        stroke="#1b1b1b"
        stroke-width="1"
      />
    </svg>
  );
}
