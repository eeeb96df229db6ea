import type { Role } from '../../../protocol/api';
import { COORDINATOR_PATHS as P } from '../routes';
import type { ScreenName } from './route';

// The workspace navigation. Items a reviewer may not use are not shown to them at all (the
// server refuses those calls anyway); the current page is marked with aria-current.

interface Item {
  screen: ScreenName;
  path: string;
  label: string;
  adminOnly?: boolean;
}

const GROUPS: Array<{ label: string; items: Item[] }> = [
  {
    label: 'Review',
    items: [
      { screen: 'overview', path: P.overview, label: 'Overview' },
      { screen: 'freeText', path: P.freeText, label: 'Free text' },
      { screen: 'exports', path: P.exports, label: 'Exports' },
      { screen: 'report', path: P.report, label: 'Board report' },
    ],
  },
  {
    label: 'Manage',
    items: [
      { screen: 'manageForms', path: P.manageForms, label: 'Forms', adminOnly: true },
      { screen: 'manageEvents', path: P.manageEvents, label: 'Events', adminOnly: true },
      { screen: 'settings', path: P.settings, label: 'Settings', adminOnly: true },
      { screen: 'devices', path: P.devices, label: 'Devices' },
      { screen: 'people', path: P.people, label: 'People', adminOnly: true },
      { screen: 'audit', path: P.audit, label: 'Audit log', adminOnly: true },
    ],
  },
  {
    label: 'You',
    items: [{ screen: 'account', path: P.account, label: 'Your passphrase' }],
  },
];

interface Props {
  role: Role;
  current: ScreenName;
  navigate(path: string): void;
}

export function Nav({ role, current, navigate }: Props) {
  // A form's results belong under Overview for orientation.
  const active = current === 'form' ? 'overview' : current;
  return (
    <nav class="coord-nav" aria-label="Coordinator">
      {GROUPS.map((group) => {
        const items = group.items.filter((i) => role === 'admin' || !i.adminOnly);
        return (
          <div class="coord-nav-group" key={group.label}>
            <p class="coord-nav-heading" id={`nav-${group.label}`}>
              {group.label}
            </p>
            <ul aria-labelledby={`nav-${group.label}`}>
              {items.map((item) => (
                <li key={item.path}>
                  <a
                    href={item.path}
                    aria-current={item.screen === active ? 'page' : undefined}
                    onClick={(e) => {
                      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      navigate(item.path);
                    }}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
