import { useEffect, useState } from 'preact/hooks';
import type { PartnershipEvent } from '../../../protocol/config';
import { latestForm } from '../../forms/catalogue';
import { useWorkspace } from '../workspace';
import { EventEditor } from './EventEditor';
import { eventTypes, sortEvents } from './events';
import { formatDay } from './format';
import { usePublish } from './use-publish';
import { ManageTable } from './ManageTable';
import './manage.css';

/** The partnership's published events: add, change and remove, each change published at once. */
export function EventsScreen() {
  const { config } = useWorkspace();
  const publisher = usePublish();
  const [editing, setEditing] = useState<PartnershipEvent>();
  const [removing, setRemoving] = useState<PartnershipEvent>();
  // The confirmation replaces the Remove button: focus moves to its safe choice, and back.
  const [focusId, setFocusId] = useState<string>();
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);
  const askRemove = (ev: PartnershipEvent | undefined, back?: string) => {
    setRemoving(ev);
    setFocusId(ev ? 'event-remove-keep' : back);
  };
  const events = sortEvents(config?.payload.events ?? []);
  const typeLabel = (type: string) =>
    eventTypes(latestForm('event-attendance', config?.payload.forms ?? []), type).find(
      (t) => t.value === type,
    )?.label ?? type;

  const remove = async (event: PartnershipEvent) => {
    const ok = await publisher.publish(
      (draft) => ({ ...draft, events: draft.events.filter((e) => e.id !== event.id) }),
      `Removed “${event.name}”. Records already collected at it keep its id.`,
    );
    if (ok) setRemoving(undefined);
  };

  return (
    <div class="manage-screen">
      <h1>Events</h1>
      <p>
        Published events appear on tablets on their day, so staff can open an attendance sheet and
        start the kiosk for them. Each change is signed in this browser and published at once.
      </p>
      {publisher.canPublish ? null : (
        <p class="notice">Only an admin can add, change or remove events.</p>
      )}
      {publisher.feedback}
      <section aria-labelledby="events-list-title" class="manage-section">
        <h2 id="events-list-title">Published events</h2>
        {events.length === 0 ? (
          <p>No events are published.</p>
        ) : (
          <ManageTable label="Table of published events" caption="Published events, by day">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Name</th>
                <th scope="col">Area</th>
                <th scope="col">Kind</th>
                <th scope="col">Organisations</th>
                {publisher.canPublish ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {events.map((ev) => (
                <tr key={ev.id}>
                  <td class="manage-day">{formatDay(ev.day)}</td>
                  <th scope="row">{ev.name}</th>
                  <td>{ev.area || '—'}</td>
                  <td>{typeLabel(ev.type)}</td>
                  <td>{ev.organisations.join(', ') || '—'}</td>
                  {publisher.canPublish ? (
                    <td>
                      {removing?.id === ev.id ? (
                        <div class="manage-confirm" role="group" aria-label={`Remove ${ev.name}?`}>
                          <p>Remove “{ev.name}”? Tablets will no longer list it.</p>
                          <button
                            type="button"
                            class="button danger"
                            disabled={publisher.busy}
                            onClick={() => void remove(ev)}
                          >
                            Remove and publish
                          </button>
                          <button
                            type="button"
                            class="button secondary"
                            id="event-remove-keep"
                            onClick={() => askRemove(undefined, `event-remove-${ev.id}`)}
                          >
                            Keep it
                          </button>
                        </div>
                      ) : (
                        <div class="manage-row-actions">
                          <button type="button" class="button link" onClick={() => setEditing(ev)}>
                            Change<span class="visually-hidden"> {ev.name}</span>
                          </button>
                          <button
                            type="button"
                            class="button link"
                            id={`event-remove-${ev.id}`}
                            onClick={() => askRemove(ev)}
                          >
                            Remove<span class="visually-hidden"> {ev.name}</span>
                          </button>
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </ManageTable>
        )}
      </section>
      {publisher.canPublish ? (
        <EventEditor
          editing={editing}
          events={events}
          publisher={publisher}
          onDone={() => setEditing(undefined)}
        />
      ) : null}
    </div>
  );
}
