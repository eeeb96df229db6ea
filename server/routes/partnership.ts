import { ApiError } from '../errors';
import type { Deps } from '../http/context';
import type { Partnership } from '../store/store';

/** The partnership, or 409 not_initialised before setup. */
export async function requirePartnership(deps: Deps): Promise<Partnership> {
  const partnership = await deps.store.getPartnership();
  if (partnership === undefined) {
    throw new ApiError(409, 'not_initialised', 'This server has not been set up yet.');
  }
  return partnership;
}
