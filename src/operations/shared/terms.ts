// Terms documents: lookup by id and the one-document-per-name-per-client rule.
import { ResourceNotFoundException, TermsExistsException } from "../../../generated/errors.js";
import type { TermsRecord } from "../../state/hosted-ui.js";
import type { PoolRecord } from "../../state/pool.js";

export function getTerms(pool: PoolRecord, id: string): TermsRecord {
  const terms = pool.hostedUi.terms.get(id);
  if (!terms) throw new ResourceNotFoundException(`Terms ${id} does not exist.`);
  return terms;
}

/** Names are unique per app client (a client has at most one terms-of-use and one privacy-policy). */
export function checkTermsNameFree(pool: PoolRecord, clientId: string, name: string, except?: string): void {
  for (const t of pool.hostedUi.terms.values()) {
    if (t.id !== except && t.clientId === clientId && t.name === name) {
      throw new TermsExistsException(`Terms with the name ${name} already exist for app client ${clientId}.`);
    }
  }
}
