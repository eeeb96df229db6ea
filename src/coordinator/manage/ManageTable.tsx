import type { ComponentChildren } from 'preact';
import './manage.css';

/**
 * A management table in a named, focusable scroll region (a narrow screen scrolls it
 * sideways, by keyboard too); the caption is for screen readers.
 */
export function ManageTable(props: {
  label: string;
  caption: string;
  children: ComponentChildren;
}) {
  return (
    <div class="manage-table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      <table class="manage-table">
        <caption class="visually-hidden">{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
