/** The roles an API key can carry; entities store them, auth checks them. */
export enum Role {
  /** Everything, including the audit trail and key management. */
  ADMIN = 'ADMIN',
  /** Writes the records of one unit (and of the units under it, and of blocs it manages or leads). */
  EDITOR = 'EDITOR',
  /**
   * The provincial emulation board (Ban Thi đua – Khen thưởng): appraises proposal dossiers, returns them,
   * records the council's votes, approves or rejects items and makes the decision from the approved ones.
   */
  APPRAISER = 'APPRAISER',
  /** Reads, aggregates and reports. */
  REPORTER = 'REPORTER',
  /** Reads. */
  READER = 'READER',
}
