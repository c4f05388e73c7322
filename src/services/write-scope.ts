/**
 * Which records a caller may write. ADMIN writes everything. An EDITOR writes the records of its
 * own unit and of the units under it; a bloc's records are written by EDITORs of the bloc's
 * managing unit or of that year's LEADER unit. Anything else is ADMIN's alone. A refusal here is
 * a top-level FORBIDDEN error (the transaction rolls back; nothing changes).
 */
import type { EntityManager } from 'typeorm';
import { forbidden } from '../core/request-errors';
import { Role, type Caller } from '../auth/caller';
import { BlocLeadership, EmulationBloc } from '../entities/blocs';
import { LeadershipRole } from '../entities/enums';
import { Unit } from '../entities/organisation';

/** Deeper unit trees than this are treated as a cycle. */
const MAX_UNIT_DEPTH = 32;

export class WriteScope {
  private readonly inScope = new Map<number, boolean>();
  /** Per bloc and year: a batch of a bloc's records asks the same question line after line. */
  private readonly blocsInScope = new Map<string, Promise<boolean>>();

  /**
   * `provinceWide`: the scope of a write the emulation board makes for the province (a decision from a
   * dossier it appraised), covering every unit and bloc; catalogue writes stay ADMIN's.
   */
  constructor(
    private readonly manager: EntityManager,
    private readonly caller: Caller,
    private readonly provinceWide = false,
  ) {}

  get isAdmin(): boolean {
    return this.caller.role === Role.ADMIN;
  }

  /** The caller is an EDITOR of exactly this unit. */
  isOwnUnit(unitId: number | undefined): boolean {
    return unitId !== undefined && this.caller.unitId === unitId;
  }

  requireAdmin(what: string): void {
    if (!this.isAdmin) throw forbidden(`Only an ADMIN key may write ${what}`);
  }

  /** Whether the caller may write records of this unit (ADMIN, or its own unit or a unit under it). */
  async covers(unitId: number): Promise<boolean> {
    return this.isAdmin || this.provinceWide || this.coversUnit(unitId);
  }

  /** The caller may write records of this unit (its own, or a unit under it). */
  async requireUnit(unitId: number | null, what: string): Promise<void> {
    if (this.isAdmin || this.provinceWide) return;
    if (unitId === null || !(await this.coversUnit(unitId)))
      throw forbidden(`This key may not write ${what}: the unit is outside its scope`);
  }

  /** The caller may write this bloc's records for this year (null: records not tied to a year). */
  async requireBloc(blocId: number | null, year: number | null, what: string): Promise<void> {
    if (this.isAdmin || this.provinceWide) return;
    if (blocId === null || !(await this.coversBlocOnce(blocId, year))) {
      throw forbidden(
        `This key may not write ${what}: only EDITORs of the bloc's managing unit or of that year's leader unit may`,
      );
    }
  }

  private coversBlocOnce(blocId: number, year: number | null): Promise<boolean> {
    const key = `${blocId}:${year}`;
    let covered = this.blocsInScope.get(key);
    if (!covered) {
      covered = this.coversBloc(blocId, year);
      this.blocsInScope.set(key, covered);
    }
    return covered;
  }

  private async coversBloc(blocId: number, year: number | null): Promise<boolean> {
    const bloc = await this.manager.findOne(EmulationBloc, {
      where: { id: blocId },
      select: { id: true, managingUnitId: true },
      withDeleted: true,
    });
    if (!bloc) return false;
    if (bloc.managingUnitId !== null && (await this.coversUnit(bloc.managingUnitId))) return true;
    if (year === null) return false;
    const leader = await this.manager.findOne(BlocLeadership, {
      where: { blocId, year, role: LeadershipRole.LEADER },
      select: { id: true, unitId: true },
    });
    return leader !== null && (await this.coversUnit(leader.unitId));
  }

  private async coversUnit(unitId: number): Promise<boolean> {
    const known = this.inScope.get(unitId);
    if (known !== undefined) return known;
    const own = this.caller.unitId;
    let current: number | null = unitId;
    let covered = false;
    for (let depth = 0; current !== null && depth < MAX_UNIT_DEPTH; depth += 1) {
      if (current === own) {
        covered = true;
        break;
      }
      const unit: Pick<Unit, 'parentId'> | null = await this.manager.findOne(Unit, {
        where: { id: current },
        select: { id: true, parentId: true },
        withDeleted: true,
      });
      current = unit?.parentId ?? null;
    }
    this.inScope.set(unitId, covered);
    return covered;
  }
}
