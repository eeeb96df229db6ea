import { useEffect, useRef, useState } from 'preact/hooks';
import type { PartnershipEvent } from '../../../protocol/config';
import { latestForm } from '../../forms/catalogue';
import { useWorkspace } from '../workspace';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FieldFrame, type FieldFrameProps } from '../ui/Field';
import { issueFor, type FieldIssue } from '../ui/issues';
import {
  eventFieldId,
  eventIssues,
  eventTypes,
  fromInput,
  putEvent,
  toInput,
  uniqueEventId,
  type EventField,
  type EventInput,
} from './events';
import { DraftProblem } from './publishing';
import type { Publisher } from './use-publish';

const BLANK: EventInput = {
  name: '',
  day: '',
  area: '',
  type: 'community_event',
  organisations: '',
};

interface EditorProps {
  /** The event being changed, or undefined to add one. */
  editing: PartnershipEvent | undefined;
  events: readonly PartnershipEvent[];
  publisher: Publisher;
  onDone(): void;
}

/** Adds an event, or changes one (its id stays), and publishes at once. */
export function EventEditor({ editing, events, publisher, onDone }: EditorProps) {
  const { config } = useWorkspace();
  const [input, setInput] = useState<EventInput>(editing ? toInput(editing) : BLANK);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setInput(editing ? toInput(editing) : BLANK);
    setIssues([]);
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const types = eventTypes(latestForm('event-attendance', config?.payload.forms ?? []), input.type);
  const newId = uniqueEventId(
    input.name,
    events.map((e) => e.id),
  );
  const set = (field: EventField) => (e: Event) =>
    setInput({ ...input, [field]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const event = fromInput(input, editing?.id ?? newId);
    const found = eventIssues(event);
    setIssues(found);
    if (found.length > 0) return;
    const ok = await publisher.publish(
      (draft) => {
        if (editing && !draft.events.some((ev) => ev.id === editing.id)) {
          throw new DraftProblem(
            `“${editing.name}” is no longer published, so it cannot be changed.`,
          );
        }
        // A new event gets an id no other published event has, checked against the newest config.
        const id =
          editing?.id ??
          uniqueEventId(
            input.name,
            draft.events.map((ev) => ev.id),
          );
        return { ...draft, events: putEvent(draft.events, { ...event, id }) };
      },
      editing ? `Published the changes to “${event.name}”.` : `Published “${event.name}”.`,
    );
    if (ok) {
      setInput(BLANK);
      onDone();
    }
  };

  const field = (
    name: EventField,
    label: string,
    control: FieldFrameProps['children'],
    hint?: string,
  ) => (
    <FieldFrame
      id={eventFieldId(name)}
      label={label}
      class="manage-field"
      hint={hint}
      error={issueFor(issues, eventFieldId(name))}
    >
      {control}
    </FieldFrame>
  );

  return (
    <section aria-labelledby="event-editor-title" class="manage-section">
      <h2 id="event-editor-title" tabIndex={-1} ref={headingRef}>
        {editing ? `Change “${editing.name}”` : 'Add an event'}
      </h2>
      <ErrorSummary issues={issues} id="manage-errors" />
      <form onSubmit={(e) => void submit(e)} noValidate autocomplete="off">
        {field(
          'name',
          'Name',
          (aria) => (
            <input {...aria} type="text" value={input.name} onInput={set('name')} />
          ),
          editing
            ? `Its id stays “${editing.id}”, so records already collected still point to it.`
            : input.name.trim()
              ? `Tablets and records will know it as “${newId}”.`
              : 'Tablets show this name to staff on the day.',
        )}
        {field('day', 'Day', (aria) => (
          <input {...aria} type="date" class="narrow-date" value={input.day} onInput={set('day')} />
        ))}
        {field('area', 'Area or ward (optional)', (aria) => (
          <input {...aria} type="text" value={input.area} onInput={set('area')} />
        ))}
        {field('type', 'Kind of event', (aria) => (
          <select {...aria} value={input.type} onChange={set('type')}>
            {types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        ))}
        {field(
          'organisations',
          'Organisations taking part (optional)',
          (aria) => (
            <textarea
              {...aria}
              rows={3}
              value={input.organisations}
              onInput={set('organisations')}
            />
          ),
          'One organisation per line.',
        )}
        <div class="manage-entry-actions">
          <button type="submit" class="button" disabled={publisher.busy}>
            {publisher.busy ? 'Publishing…' : editing ? 'Publish changes' : 'Publish event'}
          </button>
          {editing ? (
            <button type="button" class="button secondary" onClick={onDone}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
