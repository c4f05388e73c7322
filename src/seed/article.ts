/**
 * Loads the article's dataset (facts, plus illustrative rows flagged as such) in one transaction.
 * Idempotent: if the bloc is already there, nothing is written.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { BlocLeadership, BlocMembership, EmulationBloc } from '../entities/blocs';
import { Contest, ContestPrize } from '../entities/contests';
import { Contribution, Fund } from '../entities/contributions';
import {
  BlocKind,
  EventKind,
  FundPurpose,
  Gender,
  LeadershipRole,
  MovementKind,
  MovementScope,
  PrizeRank,
} from '../entities/enums';
import { Event, Movement, MovementOutcome } from '../entities/movements';
import { Pledge, PledgeSignatory, PledgeTarget } from '../entities/pledges';
import { Person, Unit } from '../entities/organisation';
import { loadDecision, loadEvaluation } from './article-awards';
import { loadProposals } from './article-proposals';
import * as data from './article-data';
import { ArticleRows } from './article-rows';
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
  private readonly rows: ArticleRows;

  constructor(manager: EntityManager, catalogue: CatalogueIds) {
    this.rows = new ArticleRows(manager, catalogue);
  }

  async load(): Promise<void> {
    for (const unit of [data.PROVINCIAL_COMMITTEE, ...data.MEMBER_UNITS]) {
      const existing = await this.rows.manager.findOne(Unit, { where: { code: unit.code }, withDeleted: true });
      const row = existing ?? (await this.rows.insert(Unit, { ...unit }));
      this.rows.rememberUnit(unit.code, row.id);
    }

    const bloc = await this.rows.insert(EmulationBloc, { ...data.BLOC, kind: BlocKind.BLOC, maxFlagsPerYear: 1 });
    for (const unit of data.MEMBER_UNITS) {
      await this.rows.insert(BlocMembership, {
        blocId: bloc.id,
        unitId: this.rows.unitId(unit.code),
        fromYear: 2022,
        toYear: null,
      });
    }
    for (const l of data.ILLUSTRATIVE_LEADERSHIP) {
      await this.rows.insert(BlocLeadership, {
        blocId: bloc.id,
        year: l.year,
        unitId: this.rows.unitId(l.unitCode),
        role: l.role as LeadershipRole,
        isIllustrative: true,
      });
    }

    const event = await this.rows.insert(Event, {
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
    const ranked = await loadEvaluation(this.rows, bloc.id, event.id);
    await loadDecision(this.rows, bloc.id, ranked);
    await loadProposals(this.rows, bloc.id);
  }

  private async loadMovements(): Promise<Record<keyof typeof data.MOVEMENTS, Movement>> {
    const newRural = await this.rows.insert(Movement, {
      ...data.MOVEMENTS.newRural,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.NATIONAL,
    });
    const advancedRural = await this.rows.insert(Movement, {
      ...data.MOVEMENTS.advancedRural,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.PROVINCIAL,
      parentId: newRural.id,
    });
    const poverty = await this.rows.insert(Movement, {
      ...data.MOVEMENTS.poverty,
      kind: MovementKind.THEMATIC,
      scope: MovementScope.NATIONAL,
    });
    return { newRural, advancedRural, poverty };
  }

  /** Province-level results the bloc helped bring about: outcomes, never contributions. */
  private async loadOutcomes(movementId: number): Promise<void> {
    await this.rows.insert(MovementOutcome, {
      movementId,
      year: 2022,
      indicator: 'HUYEN_DAT_CHUAN_NTM',
      value: '7.00',
      unitOfMeasure: 'huyện',
      note: '7 huyện được công nhận huyện đạt chuẩn nông thôn mới',
      sourceRef: data.ARTICLE_SOURCE,
    });
    await this.rows.insert(MovementOutcome, {
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
    const fund = await this.rows.insert(Fund, {
      ...data.FUND,
      purpose: FundPurpose.SOCIAL,
      ownerBlocId: blocId,
      ownerUnitId: null,
    });
    const common = { movementId: povertyMovementId, year: 2022, blocId, unitId: null, sourceRef: data.ARTICLE_SOURCE };
    await this.rows.insert(Contribution, {
      ...common,
      kindId: this.rows.kindId('HOUSE'),
      quantity: 8,
      amountVnd: '800000000',
      beneficiaryNote: 'Xây dựng 8 căn nhà, tổng giá trị 800 triệu đồng',
    });
    await this.rows.insert(Contribution, {
      ...common,
      kindId: this.rows.kindId('STUDENT_SUPPORT'),
      quantity: 25,
      amountVnd: null,
      fundId: fund.id,
      beneficiaryNote: 'Hỗ trợ 25 học sinh có hoàn cảnh khó khăn',
    });
    await this.rows.insert(Contribution, {
      ...common,
      kindId: this.rows.kindId('LOAN_SUPPORT'),
      quantity: null,
      amountVnd: null,
      beneficiaryNote: 'Hỗ trợ vay vốn tín dụng ưu đãi cho hộ nghèo, cận nghèo (bài viết không nêu số liệu)',
    });
  }

  private async loadPledge(blocId: number, eventId: number, povertyMovementId: number): Promise<void> {
    const pledge = await this.rows.insert(Pledge, {
      blocId,
      year: 2023,
      signedOn: data.EVENT.heldOn,
      content: data.PLEDGE_2023_CONTENT,
      eventId,
    });
    for (const unit of data.MEMBER_UNITS) {
      await this.rows.insert(PledgeSignatory, { pledgeId: pledge.id, unitId: this.rows.unitId(unit.code) });
    }
    for (const t of data.ILLUSTRATIVE_TARGETS) {
      await this.rows.insert(PledgeTarget, {
        pledgeId: pledge.id,
        unitId: null,
        movementId: povertyMovementId,
        kindId: this.rows.kindId(t.kindCode),
        targetQuantity: t.targetQuantity,
        targetAmountVnd: t.targetAmountVnd,
        description: t.description,
        isIllustrative: true,
      });
    }
  }

  private async loadContest(blocId: number, eventId: number): Promise<void> {
    const contest = await this.rows.insert(Contest, {
      ...data.CONTEST,
      organiserBlocId: blocId,
      organiserUnitId: null,
      awardEventId: eventId,
    });
    for (const p of data.ILLUSTRATIVE_UNIT_PRIZES) {
      const unit = data.MEMBER_UNITS.find((u) => u.code === p.unitCode);
      await this.rows.insert(ContestPrize, {
        contestId: contest.id,
        rank: p.rank as PrizeRank,
        recipientUnitId: this.rows.unitId(p.unitCode),
        recipientNameSnapshot: unit?.name ?? p.unitCode,
        amountVnd: p.amountVnd,
        isIllustrative: true,
      });
    }
    for (const p of data.ILLUSTRATIVE_PERSON_PRIZES) {
      const person = await this.rows.insert(Person, {
        fullName: p.fullName,
        gender: p.gender as Gender,
        unitId: this.rows.unitId(p.unitCode),
        position: p.position,
        isIllustrative: true,
      });
      await this.rows.insert(ContestPrize, {
        contestId: contest.id,
        rank: p.rank as PrizeRank,
        recipientPersonId: person.id,
        recipientNameSnapshot: p.fullName,
        amountVnd: p.amountVnd,
        isIllustrative: true,
      });
    }
  }
}
