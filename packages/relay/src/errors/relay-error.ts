import { BatonError } from '@baton/errors';

/**
 * Every error a user can meet in the relay: a stable code, what is wrong, and the fix. Fixes name
 * commands through {@link Commands}, so the host (the Nx plugin) spells them; commands render the
 * error with `renderError` and exit non-zero.
 */
export class RelayError extends BatonError {}
