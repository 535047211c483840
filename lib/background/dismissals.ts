import { outdatedDismissals } from '../domain/banner-selection';
import { evaluateStatus } from '../domain/token-status';
import { updateProfile } from '../storage/profile-repository';
import type { BackgroundState } from './state';

/**
 * A banner dismissed at one status comes back once the status has changed: a profile whose status moved away
 * from the one it was dismissed at forgets the dismissal, so disconnected → dismissed → OK → disconnected again
 * shows again. Each is checked again on the record as it is inside its write (a dismissal made since the
 * read, at the status it has now, stays). `updatedAt` is left alone: forgetting a dismissal is not an edit.
 */
export async function forgetOutdatedDismissals(state: BackgroundState): Promise<void> {
  for (const id of outdatedDismissals(state.entries)) {
    await updateProfile(id, (current) => {
      const { dismissedStatus, ...rest } = current;
      if (dismissedStatus === undefined) return undefined;
      const status = evaluateStatus(current, state.settings, state.now).status;
      return status === dismissedStatus ? undefined : rest;
    });
  }
}
