import type { Helpline } from '../../protocol/config';
import { messages } from '../i18n';
import { NATIONAL_HELPLINES } from './helplines';

function Line({
  name,
  phone,
  hours,
  description,
}: {
  name: string;
  phone: string;
  hours?: string | undefined;
  description?: string | undefined;
}) {
  return (
    <li>
      <strong>{name}</strong>
      <br />
      {/* Digits keep their order inside right-to-left text. */}
      <span class="phone" dir="ltr">
        {phone}
      </span>
      {hours ? <span> ({hours})</span> : null}
      {description ? <p class="hint">{description}</p> : null}
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
          <Line
            key={line.phone}
            name={line.name}
            phone={line.phone}
            hours={line.hours ? (m[line.hours] as string) : undefined}
            description={m[line.description] as string}
          />
        ))}
      </ul>
      {local.length > 0 ? (
        <>
          <h3>{m.localServices}</h3>
          <ul class="helplines">
            {local.map((line) => (
              <Line key={line.name + line.phone} {...line} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
