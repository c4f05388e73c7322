/**
 * Inserts the catalogue rows that are missing (by code / effective date; a type's legal versions by
 * type and effective date) and returns their ids.
 * Idempotent: rows an operator already has, possibly edited, are left as they are.
 */
import type { EntityManager } from 'typeorm';
import { AwardType, AwardTypeVersion, BaseSalary } from '../entities/awards';
import { ContributionKind } from '../entities/contributions';
import { ProposalDocumentRequirement } from '../entities/proposals-documents';
import { AWARD_TYPE_VERSIONS } from './award-type-versions';
import { AWARD_TYPES, BASE_SALARIES, CONTRIBUTION_KINDS } from './catalogue';
import { PROPOSAL_REQUIREMENTS } from './proposal-requirements';

export interface CatalogueIds {
  kindIdByCode: Map<string, number>;
  awardTypeIdByCode: Map<string, number>;
}

export async function ensureCatalogue(manager: EntityManager): Promise<CatalogueIds> {
  const kinds = await manager.find(ContributionKind, { withDeleted: true });
  const haveKinds = new Set(kinds.map((k) => k.code));
  for (const row of CONTRIBUTION_KINDS.filter((k) => !haveKinds.has(k.code))) {
    await manager.save(manager.create(ContributionKind, row));
  }

  const types = await manager.find(AwardType, { withDeleted: true });
  const haveTypes = new Set(types.map((t) => t.code));
  for (const row of AWARD_TYPES.filter((t) => !haveTypes.has(t.code))) {
    await manager.save(manager.create(AwardType, row));
  }

  const salaries = await manager.find(BaseSalary, { withDeleted: true });
  const haveSalaries = new Set(salaries.map((s) => s.effectiveFrom));
  for (const row of BASE_SALARIES.filter((s) => !haveSalaries.has(s.effectiveFrom))) {
    await manager.save(manager.create(BaseSalary, row));
  }

  const [allKinds, allTypes] = await Promise.all([
    manager.find(ContributionKind, { withDeleted: true }),
    manager.find(AwardType, { withDeleted: true }),
  ]);
  const typeIdByCode = new Map(allTypes.map((t) => [t.code, t.id]));
  const versions = await manager.find(AwardTypeVersion, { withDeleted: true });
  const haveVersions = new Set(versions.map((v) => `${v.awardTypeId}@${v.effectiveFrom}`));
  for (const { awardTypeCode, ...row } of AWARD_TYPE_VERSIONS) {
    const awardTypeId = typeIdByCode.get(awardTypeCode);
    if (awardTypeId === undefined || haveVersions.has(`${awardTypeId}@${row.effectiveFrom}`)) continue;
    await manager.save(manager.create(AwardTypeVersion, { ...row, awardTypeId }));
  }
  await ensureRequirements(manager, typeIdByCode);
  return {
    kindIdByCode: new Map(allKinds.map((k) => [k.code, k.id])),
    awardTypeIdByCode: typeIdByCode,
  };
}

/** The required-documents catalogue, where the database has none yet (an operator's edits are kept). */
async function ensureRequirements(manager: EntityManager, typeIdByCode: Map<string, number>): Promise<void> {
  if ((await manager.count(ProposalDocumentRequirement, { withDeleted: true })) > 0) return;
  for (const { awardTypeCode, ...row } of PROPOSAL_REQUIREMENTS) {
    const awardTypeId = awardTypeCode === null ? null : typeIdByCode.get(awardTypeCode);
    if (awardTypeId === undefined) continue;
    await manager.save(manager.create(ProposalDocumentRequirement, { ...row, awardTypeId }));
  }
}
