/**
 * The award types' legal versions under the three regimes that decide by signing date (Decree 91/2017
 * until 2023-12-31, Decree 98/2023 from 2024-01-01 to 2025-06-30, Decree 152/2025 from 2025-07-01).
 * A figure read only in secondary sources is seeded `unconfirmed`; a figure not found is not seeded,
 * so a decision that needs it is refused naming the missing version.
 */

export interface AwardTypeVersionRow {
  awardTypeCode: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  individualCoefficient: string | null;
  collectiveCoefficient: string | null;
  householdCoefficient: string | null;
  quotaPercent: string | null;
  unconfirmed: boolean;
}

interface Regime {
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  unconfirmed: boolean;
}

const A: Regime = {
  legalBasis: 'Luật Thi đua, khen thưởng 2003; Nghị định 91/2017/NĐ-CP',
  effectiveFrom: '2017-07-31',
  effectiveTo: '2023-12-31',
  unconfirmed: true,
};
const B: Regime = {
  legalBasis: 'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  unconfirmed: false,
};
const C: Regime = {
  legalBasis: 'Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  unconfirmed: true,
};

type Figures = Partial<Pick<AwardTypeVersionRow, 'individualCoefficient' | 'collectiveCoefficient' | 'quotaPercent'>>;

function row(awardTypeCode: string, regime: Regime, figures: Figures): AwardTypeVersionRow {
  const individualCoefficient = figures.individualCoefficient ?? null;
  return {
    awardTypeCode,
    ...regime,
    individualCoefficient,
    collectiveCoefficient: figures.collectiveCoefficient ?? null,
    // A household is paid as an individual: the decrees give no figure of its own.
    householdCoefficient: individualCoefficient,
    quotaPercent: figures.quotaPercent ?? null,
  };
}

/** A title paid at the same figure under all three regimes. */
function everyRegime(code: string, figures: Figures): AwardTypeVersionRow[] {
  return [A, B, C].map((regime) => row(code, regime, figures));
}

export const AWARD_TYPE_VERSIONS: readonly AwardTypeVersionRow[] = [
  ...everyRegime('CHIEN_SI_THI_DUA_TOAN_QUOC', { individualCoefficient: '4.50' }),
  ...everyRegime('CHIEN_SI_THI_DUA_CAP_TINH', { individualCoefficient: '3.00' }),
  ...everyRegime('CHIEN_SI_THI_DUA_CO_SO', { individualCoefficient: '1.00' }),
  ...everyRegime('LAO_DONG_TIEN_TIEN', { individualCoefficient: '0.30' }),
  // Decree 91/2017: the Government flag goes to at most 20% of the collectives meeting the provincial standard.
  row('CO_THI_DUA_CHINH_PHU', A, { collectiveCoefficient: '12.00', quotaPercent: '20.00' }),
  row('CO_THI_DUA_CHINH_PHU', B, { collectiveCoefficient: '12.00' }),
  row('CO_THI_DUA_CHINH_PHU', C, { collectiveCoefficient: '12.00' }),
  // Decree 152/2025's provincial-flag figure was not found: no version from 2025-07-01.
  row('CO_THI_DUA_CAP_TINH', A, { collectiveCoefficient: '8.00' }),
  row('CO_THI_DUA_CAP_TINH', B, { collectiveCoefficient: '8.00' }),
  ...everyRegime('TAP_THE_LAO_DONG_XUAT_SAC', { collectiveCoefficient: '1.50' }),
  ...everyRegime('TAP_THE_LAO_DONG_TIEN_TIEN', { collectiveCoefficient: '0.80' }),
  // Certificates: Decree 98/2023's figures were not found (no version); under Decree 91/2017 a
  // collective gets twice an individual's amount (art. 73(2)); Decree 152/2025 gives no collective figure.
  row('BANG_KHEN_THU_TUONG', A, { individualCoefficient: '3.50', collectiveCoefficient: '7.00' }),
  row('BANG_KHEN_THU_TUONG', C, { individualCoefficient: '3.50' }),
  row('BANG_KHEN_CHU_TICH_UBND_TINH', A, { individualCoefficient: '1.00', collectiveCoefficient: '2.00' }),
  row('BANG_KHEN_CHU_TICH_UBND_TINH', C, { individualCoefficient: '1.50' }),
  row('GIAY_KHEN', A, { individualCoefficient: '0.30', collectiveCoefficient: '0.60' }),
  row('GIAY_KHEN', C, { individualCoefficient: '0.30' }),
];
