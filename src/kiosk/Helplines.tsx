import type { Helpline } from '../../protocol/config';
import { messages } from '../i18n';
import { NATIONAL_HELPLINES } from './helplines';

function Line({ line }: { line: Helpline }) {
  return (
    <li>
      <strong>{line.name}</strong>
      <br />
      <span class="phone">{line.phone}</span>
      {line.hours ? <span> ({line.hours})</span> : null}
      {line.description ? <p class="hint">{line.description}</p> : null}
    </li>
  );
}

/** Emergency numbers, national helplines and the partnership's local services. */
export function Helplines({ local }: { local: readonly Helpline[] }) {
  const m = messages();
  return (
    <section aria-labelledby="helplines-title">
      <h2 id="helplines-title">{m.helplinesTitle}</h2>
      <div class="notice warning">
        <p>
          <strong>{m.emergency}</strong>
        </p>
        <p>{m.silentCall}</p>
      </div>
      <ul class="helplines">
        {NATIONAL_HELPLINES.map((line) => (
          <Line key={line.phone} line={line} />
        ))}
      </ul>
      {local.length > 0 ? (
        <>
          <h3>{m.localServices}</h3>
          <ul class="helplines">
            {local.map((line) => (
              <Line key={line.name + line.phone} line={line} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
