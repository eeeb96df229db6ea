import { DEFAULT_SETTINGS, type ConfigPayload } from '../../../protocol/config';
import { ApiFailure } from '../api';
import { draftOf, type ConfigDraft } from '../config/publish';
import { formatPath } from './issues';

// What every publishing screen shares: where the next config starts from, and what to tell a
// coordinator when a publish fails.

export const STALE_MESSAGE =
  'Someone else published a newer configuration. Reload to see it, then make your change again.';

/** The published config's editable part, or an empty one for a partnership not yet published. */
export function startDraft(payload: ConfigPayload | null, partnershipName: string): ConfigDraft {
  if (payload) return draftOf(payload);
  return {
    partnershipName,
    forms: [],
    events: [],
    helplines: [],
    settings: { ...DEFAULT_SETTINGS },
  };
}

/** Thrown by a draft edit that cannot go ahead; its message is shown as it is. */
export class DraftProblem extends Error {}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

function zodIssues(e: unknown): IssueLike[] | undefined {
  if (typeof e !== 'object' || e === null || !('issues' in e)) return undefined;
  const issues = (e as { issues: unknown }).issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : undefined;
}

/** A failed publish in words: the server's refusal, a stale version, or an invalid config. */
export function publishErrorMessage(e: unknown): { message: string; stale: boolean } {
  if (e instanceof DraftProblem) return { message: e.message, stale: false };
  if (e instanceof ApiFailure) {
    if (e.status === 409 && e.code === 'stale_version')
      return { message: STALE_MESSAGE, stale: true };
    if (e.code === 'invalid_signature') {
      return {
        message:
          'The server did not accept the signature: this partnership key does not match the one the server holds. Nothing was published.',
        stale: false,
      };
    }
    if (e.status === 403) {
      return { message: 'Only an admin can publish the configuration.', stale: false };
    }
    return { message: `Nothing was published: ${e.message}`, stale: false };
  }
  const issues = zodIssues(e);
  if (issues?.[0]) {
    const first = issues[0];
    const where = formatPath(first.path);
    return {
      message: `Nothing was published: the configuration would not be valid (${where ? `${where}: ` : ''}${first.message}).`,
      stale: false,
    };
  }
  return { message: 'Nothing was published: something went wrong while signing.', stale: false };
}
