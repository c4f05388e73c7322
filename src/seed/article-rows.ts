/** What every step of the article's seed shares: the transaction, the catalogue and the units by code. */
import type { EntityManager } from 'typeorm';
import type { CatalogueIds } from './ensure-catalogue';

export class ArticleRows {
  private readonly unitIdByCode = new Map<string, number>();

  constructor(
    readonly manager: EntityManager,
    private readonly catalogue: CatalogueIds,
  ) {}

  insert<T extends object>(entity: new () => T, values: Partial<T>): Promise<T> {
    return this.manager.save(this.manager.create(entity, values as T));
  }

  rememberUnit(code: string, id: number): void {
    this.unitIdByCode.set(code, id);
  }

  unitId(code: string): number {
    const id = this.unitIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown unit ${code}`);
    return id;
  }

  unitCode(id: number): string {
    for (const [code, unitId] of this.unitIdByCode) if (unitId === id) return code;
    throw new Error(`article seed: unknown unit id ${id}`);
  }

  kindId(code: string): number {
    const id = this.catalogue.kindIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown contribution kind ${code}`);
    return id;
  }

  awardTypeId(code: string): number {
    const id = this.catalogue.awardTypeIdByCode.get(code);
    if (id === undefined) throw new Error(`article seed: unknown award type ${code}`);
    return id;
  }
}
