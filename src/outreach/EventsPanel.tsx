import { useEffect, useState } from 'preact/hooks';
import type { PartnershipEvent } from '../../protocol/config';
import { localDay } from '../../protocol/day';
import { randomId } from '../crypto/random';
import { listDraftSummaries, loadDraft } from '../device/drafts';
import { messages } from '../i18n';
import { parseSheet, sheetDraftId, type SheetState } from './event-sheet-state';

/** Open sheets, decrypted to show their event names (drafts keep no readable label). */
async function openSheets(): Promise<SheetState[]> {
  const drafts = await listDraftSummaries('attendance');
  const sheets = await Promise.all(
    drafts.map((d) =>
      loadDraft(d.id).then(
        (l) => parseSheet(l?.value),
        () => undefined,
      ),
    ),
  );
  return sheets.filter((s): s is SheetState => s !== undefined);
}

interface Props {
  configEvents: readonly PartnershipEvent[];
  onOpenEvent: (event: PartnershipEvent) => void;
  onOpenSheet: (sheet: SheetState) => void;
  onCreate: (event: PartnershipEvent) => void;
  /** False when the coordinators switched the attendance form off: open sheets only. */
  newSheets?: boolean;
}

/** Today's events (published by the coordinator, or created here) and their open sheets. */
export function EventsPanel({
  configEvents,
  onOpenEvent,
  onOpenSheet,
  onCreate,
  newSheets = true,
}: Props) {
  const [sheets, setSheets] = useState<SheetState[]>([]);
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [problem, setProblem] = useState<string>();
  useEffect(() => void openSheets().then(setSheets), []);
  const m = messages();

  const today = localDay();
  const open = new Set(sheets.map((s) => sheetDraftId(s.event.id)));
  const published = newSheets
    ? configEvents.filter((e) => e.day === today && !open.has(sheetDraftId(e.id)))
    : [];

  const create = (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem(m.eventsNameMissing);
    onCreate({
      // Device-made ids are random: nothing in them says where or when the event was.
      id: `d-${randomId().slice(0, 13)}`,
      name: name.trim(),
      day: today,
      area: area.trim(),
      type: 'other',
      organisations: [],
    });
  };

  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">{m.eventsTitle}</h2>
      {sheets.length + published.length === 0 ? <p>{m.eventsNone}</p> : null}
      <ul class="card-list">
        {sheets.map((s) => (
          <li key={s.event.id} class="card">
            <p>
              <strong>{s.event.name}</strong>
              {s.event.area ? ` · ${s.event.area}` : ''} · {m.eventsSheetOpen}
            </p>
            <button type="button" class="button" onClick={() => onOpenSheet(s)}>
              {m.eventsOpen(s.event.name)}
            </button>
          </li>
        ))}
        {published.map((ev) => (
          <li key={ev.id} class="card">
            <p>
              <strong>{ev.name}</strong>
              {ev.area ? ` · ${ev.area}` : ''}
            </p>
            <button type="button" class="button" onClick={() => onOpenEvent(ev)}>
              {m.eventsOpen(ev.name)}
            </button>
          </li>
        ))}
      </ul>
      {newSheets ? (
        <>
          <h3>{m.eventsCreateTitle}</h3>
          <form autocomplete="off" onSubmit={create}>
            <p>
              <label for="event-name">{m.eventsName}</label>
              <span class="hint" id="event-name-hint">
                {m.eventsNameHint}
              </span>
              <input
                id="event-name"
                type="text"
                maxLength={200}
                aria-describedby="event-name-hint"
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </p>
            <p>
              <label for="event-area">{m.eventsArea}</label>
              <input
                id="event-area"
                type="text"
                maxLength={200}
                value={area}
                onInput={(e) => setArea(e.currentTarget.value)}
              />
            </p>
            {problem ? (
              <p class="field-error" role="alert">
                {problem}
              </p>
            ) : null}
            <button type="submit" class="button">
              {m.eventsCreate}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
