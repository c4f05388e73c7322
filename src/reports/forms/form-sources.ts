/**
 * The SQL behind the forms: for each source, the rows it ranges over, the date that places a row in
 * a reporting year, what makes a row count (live, not revoked), what ties it to the reporting unit,
 * and its dimensions — SQL expressions the definitions' selectors name. The reporting unit and the
 * units under it are the CTE `scope_units`; the reporting unit's own row is `rep`.
 */
import type { FormScope, FormSourceName } from './form-definition';

export interface FormSource {
  /** The GraphQL type of its records, for the drill-down. */
  typeName: 'Movement' | 'Award';
  /** The record's id column. */
  id: string;
  from: string;
  /** The date that places a record in a reporting year. */
  date: string;
  /** What every counted record meets. */
  live: readonly string[];
  /** How a record belongs to the reporting unit, for the scopes the source has. */
  scope: Readonly<Partial<Record<FormScope, string>>>;
  dimensions: Readonly<Record<string, string>>;
}

const IN_SCOPE = 'IN (SELECT id FROM scope_units)';

/** A movement's length in months: as recorded, else the whole years of its period. */
const MONTHS = '(COALESCE(m.durationMonths, (m.periodEndYear - m.periodStartYear + 1) * 12))';

const MOVEMENTS: FormSource = {
  typeName: 'Movement',
  id: 'm.id',
  from: 'movements m CROSS JOIN reporting_unit rep',
  date: 'm.launchDate',
  live: ['m.deletedAt IS NULL'],
  scope: {
    // Nationwide movements are launched centrally and carried out everywhere; the others belong to
    // the unit that launched them or to the bloc that runs them.
    issuer:
      `(m.scope = 'NATIONAL' OR m.launchingUnitId ${IN_SCOPE} OR m.blocId IN ` +
      `(SELECT b.id FROM emulation_blocs b WHERE b.managingUnitId ${IN_SCOPE}))`,
  },
  dimensions: {
    scope: 'm.scope',
    // Under the 2003 law a campaign (theo đợt) was the thematic form: the forms count two methods.
    method: "CASE WHEN m.kind = 'REGULAR' THEN 'REGULAR' ELSE 'THEMATIC' END",
    launchLevel: "CASE m.scope WHEN 'NATIONAL' THEN 'CENTRAL' WHEN 'UNIT' THEN 'AGENCY' ELSE 'PROVINCE' END",
    duration:
      `CASE WHEN ${MONTHS} IS NULL THEN 'UNKNOWN' WHEN ${MONTHS} < 12 THEN 'UNDER_1Y' ` +
      `WHEN ${MONTHS} = 12 THEN '1Y' WHEN ${MONTHS} < 36 THEN '1Y_3Y' WHEN ${MONTHS} < 60 THEN '3Y_5Y' ` +
      "ELSE 'FROM_5Y' END",
  },
};

const AWARDS: FormSource = {
  typeName: 'Award',
  id: 'a.id',
  from:
    'awards a JOIN award_decisions d ON d.id = a.decisionId JOIN award_types t ON t.id = a.awardTypeId ' +
    'LEFT JOIN units ru ON ru.id = a.recipientUnitId LEFT JOIN persons p ON p.id = a.recipientPersonId ' +
    'CROSS JOIN reporting_unit rep',
  date: 'd.signedOn',
  // A revoked award, or one of a decision revoked as a whole, was never given.
  live: ["a.status = 'ACTIVE'", "d.status <> 'REVOKED'"],
  scope: {
    issuer: `d.issuingUnitId ${IN_SCOPE}`,
    // A household belongs where the bloc it was proposed through is managed.
    recipient:
      'COALESCE(a.recipientUnitId, p.unitId, ' +
      `(SELECT b.managingUnitId FROM emulation_blocs b WHERE b.id = a.blocId)) ${IN_SCOPE}`,
  },
  dimensions: {
    level: 'd.level',
    category: 't.category',
    typeCode: 't.code',
    subject: 'a.subjectType',
    recipientUnitKind: 'ru.kind',
    occupationGroup: 'p.occupationGroup',
    commendationType: 'd.commendationType',
    // Who put the award forward: a province's committee reports for the province, any other
    // reporting unit for a ministry or central body.
    submittedBy: "CASE WHEN rep.kind = 'PROVINCIAL_COMMITTEE' THEN 'PROVINCE' ELSE 'MINISTRY' END",
  },
};

export const FORM_SOURCES: Readonly<Record<FormSourceName, FormSource>> = { movements: MOVEMENTS, awards: AWARDS };
