/**
 * Who is calling: the API key a request authenticated with, its role and, for an EDITOR, the unit
 * it is bound to. `null` where a Caller is expected means an anonymous request.
 */
import { Role } from '../core/role';

export { Role };

export interface Caller {
  /** The key's public id (its lookup prefix); safe to log. */
  keyId: string;
  role: Role;
  /** The unit an EDITOR key is bound to; null for other roles. */
  unitId: number | null;
  /** A label given when the key was created. */
  name: string;
}

/** Who may ask for figures (aggregates, groups, fulfilment, rankings, CSV): not READER keys. ADMIN always may. */
export const REPORT_ROLES: readonly Role[] = [Role.REPORTER, Role.EDITOR, Role.APPRAISER];
