/**
 * Loads the article's dataset (facts, plus illustrative rows flagged as such) in one transaction.
 * Idempotent: if the bloc is already there, nothing is written.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { annualTitleKeyOf, Award, AwardDecision, AwardType, BaseSalary } from '../entities/awards';
import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { Contest, ContestPrize } from '../entities/contests';
import { Contribution, Fund } from '../entities/contributions';
import {
  AwardLevel,
  AwardStatus,
  BlocKind,
  CommendationType,
  DecisionStatus,
  EvaluationMethod,
  EventKind,
  FundPurpose,
  Gender,
  LeadershipRole,
  MovementKind,
  MovementScope,
  PrizeRank,
  SubjectType,
} from '../entities/enums';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../entities/evaluations';
import { Event } from '../entities/event';
import { Movement, MovementOutcome } from '../entities/movements';
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { Person, Unit } from '../entities/organisation';
import { rankResults, totalPointsByUnit } from '../services/evaluation-ranking';
import { prizeAmountVnd } from '../services/prize-money';
import * as data from './article-data';
import { ensureCatalogue, type CatalogueIds } from './ensure-catalogue';

export interface ArticleSeedResult {
  inserted: boolean;
}

export async function seedArticle(dataSource: DataSource): Promise<ArticleSeedResult> {
  return inTransaction(dataSource, async (manager) => {
    const catalogue = await ensureCatalogue(manager);
    const existing = await manager.findOne(EmulationBloc, { where: { code: data.BLOC.code }, withDeleted: true });
    if (existing) return { inserted: false };
    await new ArticleLoader(manager, catalogue).load();
    return { inserted: true };
  });
}

class ArticleLoader {
  private readonly unitIdByCode = new Map<string, number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly catalogue: CatalogueIds,
  ) {}

  private insert<T extends object>(entity: new () => T, values: Partial<T>): Promise<T> {
    return this.manager.save(this.manager.create(entity, values as T));
  }

  private unitId(code: string): number {
    const id = this.unitIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown unit ${code}`);
    return id;
  }

  private kindId(code: string): number {
    const id = this.catalogue.kindIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown contribution kind ${code}`);
    return id;
  }

  private awardTypeId(code: string): number {
    const id = this.catalogue.awardTypeIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown award type ${code}`);
    return id;
  }

  async load(): Promise<void> {
    for (const unit of [data.PROVINCIAL_COMMITTEE, ...data.MEMBER_UNITS]) {
      const existing = await this.manager.findOne(Unit, { where: { code: unit.code }, withDeleted: true });
      const row = existing ?? (await this.insert(Unit, { ...unit }));
      this.unitIdByCode.set(unit.code, row.id);
    }

    const bloc = await this.insert(EmulationBloc, { ...data.BLOC, kind: BlocKind.BLOC, maxFlagsPerYear: 1 });
    for (const unit of data.MEMBER_UNITS) {
      await this.insert(BlocMembership, {
        blocId: bloc.id,
        unitId: this.unitId(unit.code),
        fromYear: 2022,
        toYear: null,
      });
    }
    for (const l of data.ILLUSTRATIVE_LEADERSHIP) {
      await this.insert(BlocLeadership, {
        blocId: bloc.id,
        year: l.year,
        unitId: this.unitId(l.unitCode),
        role: l.role as LeadershipRole,
        isIllustrative: true,
      });
    }

    const event = await this.insert(Event, {
      blocId: bloc.id,
      heldOn: data.EVENT.heldOn,
      kind: EventKind.YEAR_END_REVIEW,
      title: data.EVENT.title,
    });
    const movements = await this.loadMovements();
    await this.loadOutcomes(movements.newRural.id);
    await this.loadContributions(bloc.id, movements.poverty.id);
    await this.loadPledge(bloc.id, event.id, movements.poverty.id);
    await this.loadContest(bloc.id, event.id);
    const ranked = await this.loadEvaluation(bloc.id, event.id);
    await this.loadDecision(bloc.id, ranked);
  }

  private async loadMovements(): Promise<Record<keyof typeof data.MOVEMENTS, Movement>> {
    const newRural = await this.insert(Movement, {
      ...data.MOVEMENTS.newRural,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.NATIONAL,
    });
    const advancedRural = await this.insert(Movement, {
      ...data.MOVEMENTS.advancedRural,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.PROVINCIAL,
      parentId: newRural.id,
    });
    const poverty = await this.insert(Movement, {
      ...data.MOVEMENTS.poverty,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.NATIONAL,
    });
    return { newRural, advancedRural, poverty };
  }

  /** Province-level results the bloc helped bring about: outcomes, never contributions. */
  private async loadOutcomes(movementId: number): Promise<void> {
    await this.insert(MovementOutcome, {
      movementId,
      year: 2022,
      indicator: 'HUYEN_DAT_CHUAN_NTM',
      value: '7.00',
      unitOfMeasure: 'huyện',
      note: '7 huyện được công nhận huyện đạt chuẩn nông thôn mới',
      sourceRef: data.ARTICLE_SOURCE,
    });
    await this.insert(MovementOutcome, {
      movementId,
      year: 2022,
      indicator: 'THANH_PHO_HOAN_THANH_NHIEM_VU_NTM',
      value: '1.00',
      unitOfMeasure: 'thành phố',
      note: 'Thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới',
      sourceRef: data.ARTICLE_SOURCE,
    });
  }

  /** The bloc's own 2022 figures: bloc totals, never spread across its units. */
  private async loadContributions(blocId: number, povertyMovementId: number): Promise<void> {
    const fund = await this.insert(Fund, {
      ...data.FUND,
      purpose: FundPurpose.SOCIAL,
      ownerBlocId: blocId,
      ownerUnitId: null,
    });
    const common = { movementId: povertyMovementId, year: 2022, blocId, unitId: null, sourceRef: data.ARTICLE_SOURCE };
    await this.insert(Contribution, {
      ...common,
      kindId: this.kindId('HOUSE'),
      quantity: 8,
      amountVnd: '800000000',
      beneficiaryNote: 'Xây dựng 8 căn nhà, tổng giá trị 800 triệu đồng',
    });
    await this.insert(Contribution, {
      ...common,
      kindId: this.kindId('STUDENT_SUPPORT'),
      quantity: 25,
      amountVnd: null,
      fundId: fund.id,
      beneficiaryNote: 'Hỗ trợ 25 học sinh có hoàn cảnh khó khăn',
    });
    await this.insert(Contribution, {
      ...common,
      kindId: this.kindId('LOAN_SUPPORT'),
      quantity: null,
      amountVnd: null,
      beneficiaryNote: 'Hỗ trợ vay vốn tín dụng ưu đãi cho hộ nghèo, cận nghèo (bài viết không nêu số liệu)',
    });
  }

  private async loadPledge(blocId: number, eventId: number, povertyMovementId: number): Promise<void> {
    const pledge = await this.insert(Pledge, {
      blocId,
      year: 2023,
      signedOn: data.EVENT.heldOn,
      content: data.PLEDGE_2023_CONTENT,
      eventId,
    });
    for (const unit of data.MEMBER_UNITS) {
      await this.insert(PledgeSignatory, { pledgeId: pledge.id, unitId: this.unitId(unit.code) });
    }
    for (const t of data.ILLUSTRATIVE_TARGETS) {
      await this.insert(PledgeTarget, {
        pledgeId: pledge.id,
        unitId: null,
        movementId: povertyMovementId,
        kindId: this.kindId(t.kindCode),
        targetQuantity: t.targetQuantity,
        targetAmountVnd: t.targetAmountVnd,
        description: t.description,
        isIllustrative: true,
      });
    }
  }

  private async loadContest(blocId: number, eventId: number): Promise<void> {
    const contest = await this.insert(Contest, {
      ...data.CONTEST,
      organiserBlocId: blocId,
      organiserUnitId: null,
      awardEventId: eventId,
    });
    for (const p of data.ILLUSTRATIVE_UNIT_PRIZES) {
      const unit = data.MEMBER_UNITS.find((u) => u.code === p.unitCode);
      await this.insert(ContestPrize, {
        contestId: contest.id,
        rank: p.rank as PrizeRank,
        recipientUnitId: this.unitId(p.unitCode),
        recipientNameSnapshot: unit?.name ?? p.unitCode,
        amountVnd: p.amountVnd,
        isIllustrative: true,
      });
    }
    for (const p of data.ILLUSTRATIVE_PERSON_PRIZES) {
      const person = await this.insert(Person, {
        fullName: p.fullName,
        gender: p.gender as Gender,
        unitId: this.unitId(p.unitCode),
        position: p.position,
        isIllustrative: true,
      });
      await this.insert(ContestPrize, {
        contestId: contest.id,
        rank: p.rank as PrizeRank,
        recipientPersonId: person.id,
        recipientNameSnapshot: p.fullName,
        amountVnd: p.amountVnd,
        isIllustrative: true,
      });
    }
  }

  /** The 2022 bình xét: scores in, totals and dense ranks derived. Returns unit codes by rank. */
  private async loadEvaluation(blocId: number, eventId: number): Promise<Array<{ unitCode: string; rank: number }>> {
    const set = await this.insert(CriteriaSet, { blocId, year: 2022, maxTotal: '100.00', isIllustrative: true });
    const criteria: Criterion[] = [];
    for (const [index, c] of data.ILLUSTRATIVE_CRITERIA.entries()) {
      criteria.push(await this.insert(Criterion, { criteriaSetId: set.id, ...c, sortOrder: index + 1 }));
    }
    const evaluation = await this.insert(Evaluation, {
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
        unitId: this.unitId(s.unitCode),
        criterionId: criterion.id,
        points: s.points[i],
        bonusPoints: i === 0 ? s.bonus : '0.00',
      })),
    );
    for (const line of scoreLines) {
      await this.insert(EvaluationScore, { evaluationId: evaluation.id, ...line });
    }
    const totals = totalPointsByUnit(scoreLines);
    const votesCast = data.MEMBER_UNITS.length;
    const ranked = rankResults(
      data.ILLUSTRATIVE_SCORES.map((s) => {
        const unitId = this.unitId(s.unitCode);
        return { unitId, totalPoints: totals.get(unitId) ?? '0.00', votesFor: s.votesFor };
      }),
    );
    for (const r of ranked) {
      await this.insert(EvaluationResult, {
        evaluationId: evaluation.id,
        unitId: r.unitId,
        totalPoints: r.totalPoints,
        rank: r.rank,
        votesFor: r.votesFor,
        votesCast,
      });
    }
    const codeById = new Map([...this.unitIdByCode].map(([code, id]) => [id, code]));
    return ranked.map((r) => ({ unitCode: codeById.get(r.unitId) ?? '', rank: r.rank }));
  }

  /** The provincial flag to the rank-1 unit and a certificate of merit to the runner-up. */
  private async loadDecision(blocId: number, ranked: Array<{ unitCode: string; rank: number }>): Promise<void> {
    const decision = await this.insert(AwardDecision, {
      ...data.ILLUSTRATIVE_DECISION,
      issuingUnitId: this.unitId(data.PROVINCIAL_COMMITTEE.code),
      level: AwardLevel.PROVINCE,
      commendationType: CommendationType.MERIT,
      status: DecisionStatus.IN_EFFECT,
      isIllustrative: true,
    });
    const salary = await this.manager
      .createQueryBuilder(BaseSalary, 's')
      .where('s.effectiveFrom <= :on', { on: decision.signedOn })
      .orderBy('s.effectiveFrom', 'DESC')
      .getOneOrFail();

    const lines = [
      { typeCode: 'CO_THI_DUA_CAP_TINH', unitCode: ranked[0].unitCode },
      { typeCode: 'BANG_KHEN_CHU_TICH_UBND_TINH', unitCode: ranked[1].unitCode },
    ];
    for (const line of lines) {
      const type = await this.manager.findOneByOrFail(AwardType, { id: this.awardTypeId(line.typeCode) });
      const unit = data.MEMBER_UNITS.find((u) => u.code === line.unitCode);
      const recipientUnitId = this.unitId(line.unitCode);
      const coefficient = type.prizeCoefficient;
      const award = this.manager.create(Award, {
        decisionId: decision.id,
        awardTypeId: type.id,
        subjectType: SubjectType.COLLECTIVE,
        recipientUnitId,
        recipientNameSnapshot: unit?.name ?? line.unitCode,
        achievementYear: 2022,
        blocId,
        prizeCoefficient: coefficient,
        baseSalaryVnd: salary.amountVnd,
        prizeAmountVnd:
          coefficient === null ? null : prizeAmountVnd(coefficient, salary.amountVnd, salary.roundingStepVnd),
        status: AwardStatus.ACTIVE,
      });
      award.annualTitleKey = annualTitleKeyOf(award, type.isAnnual);
      await this.manager.save(award);
    }
  }
}
