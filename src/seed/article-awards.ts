/** The article's 2022 evaluation (illustrative scores, derived ranks) and the decision it led to. */
import { annualTitleKeyOf, Award, AwardDecision, AwardType, BaseSalary } from '../entities/awards';
import {
  AwardLevel,
  AwardStatus,
  CommendationType,
  DecisionStatus,
  EvaluationMethod,
  SubjectType,
} from '../entities/enums';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { rankResults, totalPointsByUnit } from '../services/evaluation-ranking';
import { versionInForce } from '../services/award-type-versions';
import { prizeAmountVnd } from '../services/prize-money';
import * as data from './article-data';
import type { ArticleRows } from './article-rows';

export interface RankedUnit {
  unitCode: string;
  rank: number;
}

/** The 2022 bình xét: scores in, totals and dense ranks derived. Returns unit codes by rank. */
export async function loadEvaluation(rows: ArticleRows, blocId: number, eventId: number): Promise<RankedUnit[]> {
  const set = await rows.insert(CriteriaSet, { blocId, year: 2022, maxTotal: '100.00', isIllustrative: true });
  const criteria: Criterion[] = [];
  for (const [index, c] of data.ILLUSTRATIVE_CRITERIA.entries()) {
    criteria.push(await rows.insert(Criterion, { criteriaSetId: set.id, ...c, sortOrder: index + 1 }));
  }
  const evaluation = await rows.insert(Evaluation, {
    blocId,
    year: 2022,
    criteriaSetId: set.id,
    heldOn: data.EVENT.heldOn,
    eventId,
    method: EvaluationMethod.SCORE_AND_VOTE,
    isIllustrative: true,
  });

  const scoreLines = data.ILLUSTRATIVE_SCORES.flatMap((s) =>
    criteria.map((criterion, i) => ({
      unitId: rows.unitId(s.unitCode),
      criterionId: criterion.id,
      points: s.points[i],
      bonusPoints: i === 0 ? s.bonus : '0.00',
    })),
  );
  for (const line of scoreLines) {
    await rows.insert(EvaluationScore, { evaluationId: evaluation.id, ...line });
  }
  const totals = totalPointsByUnit(scoreLines);
  const votesCast = data.MEMBER_UNITS.length;
  const ranked = rankResults(
    data.ILLUSTRATIVE_SCORES.map((s) => {
      const unitId = rows.unitId(s.unitCode);
      return { unitId, totalPoints: totals.get(unitId) ?? '0.00', votesFor: s.votesFor };
    }),
  );
  for (const r of ranked) {
    await rows.insert(EvaluationResult, {
      evaluationId: evaluation.id,
      unitId: r.unitId,
      totalPoints: r.totalPoints,
      rank: r.rank,
      votesFor: r.votesFor,
      votesCast,
    });
  }
  return ranked.map((r) => ({ unitCode: rows.unitCode(r.unitId), rank: r.rank }));
}

/** The provincial flag to the rank-1 unit and a certificate of merit to the runner-up. */
export async function loadDecision(rows: ArticleRows, blocId: number, ranked: RankedUnit[]): Promise<void> {
  const decision = await rows.insert(AwardDecision, {
    ...data.ILLUSTRATIVE_DECISION,
    issuingUnitId: rows.unitId(data.PROVINCIAL_COMMITTEE.code),
    level: AwardLevel.PROVINCE,
    commendationType: CommendationType.MERIT,
    status: DecisionStatus.IN_EFFECT,
    isIllustrative: true,
  });
  const salary = await rows.manager
    .createQueryBuilder(BaseSalary, 's')
    .where('s.effectiveFrom <= :on', { on: decision.signedOn })
    .orderBy('s.effectiveFrom', 'DESC')
    .getOneOrFail();

  const lines = [
    { typeCode: 'CO_THI_DUA_CAP_TINH', unitCode: ranked[0].unitCode },
    { typeCode: 'BANG_KHEN_CHU_TICH_UBND_TINH', unitCode: ranked[1].unitCode },
  ];
  for (const line of lines) {
    const type = await rows.manager.findOneByOrFail(AwardType, { id: rows.awardTypeId(line.typeCode) });
    const unit = data.MEMBER_UNITS.find((u) => u.code === line.unitCode);
    const recipientUnitId = rows.unitId(line.unitCode);
    // Paid as the service pays it: by the legal version in force on the signing date.
    const version = await versionInForce(rows.manager, type.id, decision.signedOn);
    const coefficient = version ? version.collectiveCoefficient : type.prizeCoefficient;
    const award = rows.manager.create(Award, {
      decisionId: decision.id,
      awardTypeId: type.id,
      subjectType: SubjectType.COLLECTIVE,
      recipientUnitId,
      recipientNameSnapshot: unit?.name ?? line.unitCode,
      achievementYear: 2022,
      blocId,
      awardTypeVersionId: version?.id ?? null,
      prizeCoefficient: coefficient,
      baseSalaryVnd: salary.amountVnd,
      prizeAmountVnd:
        coefficient === null ? null : prizeAmountVnd(coefficient, salary.amountVnd, salary.roundingStepVnd),
      status: AwardStatus.ACTIVE,
    });
    award.annualTitleKey = annualTitleKeyOf(award, type.isAnnual);
    await rows.manager.save(award);
  }
}
