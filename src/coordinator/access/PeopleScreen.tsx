import { useEffect, useState } from 'preact/hooks';
import type { CoordinatorListItem } from '../../../protocol/api';
import { useWorkspace } from '../workspace';
import { listCoordinators } from './access-api';
import { AddCoordinatorForm, type Added } from './AddCoordinatorForm';
import { messageOf } from './ui';

// Admins: who can sign in to this partnership, and adding someone. The new person's copy of
// the keys is made here, in the admin's browser, under a one-time hand-over passphrase.

export function PeopleScreen() {
  const { coordinator } = useWorkspace();
  const [people, setPeople] = useState<CoordinatorListItem[]>();
  const [loadError, setLoadError] = useState('');
  const [added, setAdded] = useState<Added>();

  const load = () =>
    listCoordinators().then(
      (list) => {
        setPeople(list);
        setLoadError('');
      },
      (e: unknown) => setLoadError(messageOf(e)),
    );
  useEffect(() => {
    void load();
  }, []);

  return (
    <>
      <h1>People</h1>
      <p>
        Everyone here signs in with their own password and unlocks with their own passphrase. Admins
        can do everything; reviewers can review, export totals, print the board report and see the
        devices, but cannot publish settings, enrol or revoke tablets, export single responses, read
        the audit log or add people.
      </p>
      {loadError ? <p class="notice warning">{loadError}</p> : null}
      {people ? (
        <table class="people-table">
          <caption class="visually-hidden">Coordinators of this partnership</caption>
          <thead>
            <tr>
              <th scope="col">E-mail address</th>
              <th scope="col">Role</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.email}
                  {p.id === coordinator.id ? ' (you)' : ''}
                </td>
                <td>{p.role === 'admin' ? 'Admin' : 'Reviewer'}</td>
                <td>{p.addedDay}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : !loadError ? (
        <p role="status">Loading…</p>
      ) : null}

      {added ? (
        <section class="notice" aria-labelledby="added-heading" tabIndex={-1} id="added-notice">
          <h2 id="added-heading">{added.email} can now sign in</h2>
          <p>
            Give them, in person or by phone (never in the same e-mail), the password you chose and
            this one-time hand-over passphrase. It is shown only once:
          </p>
          <p class="recovery-code">{added.handoverCode}</p>
          <p>
            After their first unlock Hearth asks them to choose their own passphrase; the hand-over
            passphrase then stops working.
          </p>
          <button type="button" class="button secondary" onClick={() => setAdded(undefined)}>
            I have noted it, hide it
          </button>
        </section>
      ) : null}

      <h2>Add a coordinator</h2>
      <AddCoordinatorForm
        onAdded={(a) => {
          setAdded(a);
          void load();
          requestAnimationFrame(() => document.getElementById('added-notice')?.focus());
        }}
      />
    </>
  );
}
