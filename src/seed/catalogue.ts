/**
 * Catalogue rows every installation starts with: contribution kinds, award types and base
 * salaries. The coefficients that apply are the award types' legal versions (award-type-versions.ts);
 * a type's own coefficient pays only types that have no version (Decree 91/2017's figure here).
 */
import { AwardCategory, AwardLevel, SubjectType } from '../entities/enums';

export interface ContributionKindRow {
  code: string;
  name: string;
  unitOfMeasure: string;
}

export const CONTRIBUTION_KINDS: readonly ContributionKindRow[] = [
  { code: 'HOUSE', name: 'Nhà ở xây tặng (nhà đại đoàn kết, nhà tình nghĩa)', unitOfMeasure: 'căn' },
  { code: 'STUDENT_SUPPORT', name: 'Hỗ trợ học sinh có hoàn cảnh khó khăn', unitOfMeasure: 'học sinh' },
  { code: 'MONEY', name: 'Tiền ủng hộ', unitOfMeasure: 'VND' },
  { code: 'LOAN_SUPPORT', name: 'Hỗ trợ vay vốn tín dụng ưu đãi', unitOfMeasure: 'hộ' },
  { code: 'GIFT', name: 'Quà tặng', unitOfMeasure: 'suất quà' },
  { code: 'OTHER', name: 'Đóng góp khác', unitOfMeasure: 'lượt' },
];

export interface AwardTypeRow {
  code: string;
  name: string;
  category: AwardCategory;
  allowedSubjects: SubjectType[];
  level: AwardLevel;
  isAnnual: boolean;
  prizeCoefficient: string | null;
  legalBasis: string;
}

const LAW = 'Luật Thi đua, khen thưởng; hệ số tiền thưởng theo từng phiên bản pháp lý (award-type-versions.ts)';
const { INDIVIDUAL, COLLECTIVE, HOUSEHOLD } = SubjectType;

export const AWARD_TYPES: readonly AwardTypeRow[] = [
  {
    code: 'HUAN_CHUONG_LAO_DONG_HANG_BA',
    name: 'Huân chương Lao động hạng Ba',
    category: AwardCategory.ORDER,
    allowedSubjects: [INDIVIDUAL, COLLECTIVE],
    level: AwardLevel.STATE,
    isAnnual: false,
    prizeCoefficient: '4.50',
    legalBasis: LAW,
  },
  {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    category: AwardCategory.TITLE,
    allowedSubjects: [COLLECTIVE],
    level: AwardLevel.GOVERNMENT,
    isAnnual: true,
    prizeCoefficient: '12.00',
    legalBasis: LAW,
  },
  {
    code: 'CHIEN_SI_THI_DUA_TOAN_QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: AwardCategory.TITLE,
    allowedSubjects: [INDIVIDUAL],
    level: AwardLevel.GOVERNMENT,
    isAnnual: false,
    prizeCoefficient: '4.50',
    legalBasis: LAW,
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: AwardCategory.CERTIFICATE_OF_MERIT,
    allowedSubjects: [INDIVIDUAL, COLLECTIVE, HOUSEHOLD],
    level: AwardLevel.GOVERNMENT,
    isAnnual: false,
    prizeCoefficient: '3.50',
    legalBasis: LAW,
  },
  {
    code: 'CO_THI_DUA_CAP_TINH',
    name: 'Cờ thi đua cấp tỉnh',
    category: AwardCategory.TITLE,
    allowedSubjects: [COLLECTIVE],
    level: AwardLevel.PROVINCE,
    isAnnual: true,
    prizeCoefficient: '8.00',
    legalBasis: LAW,
  },
  {
    code: 'CHIEN_SI_THI_DUA_CAP_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: AwardCategory.TITLE,
    allowedSubjects: [INDIVIDUAL],
    level: AwardLevel.PROVINCE,
    isAnnual: false,
    prizeCoefficient: '3.00',
    legalBasis: LAW,
  },
  {
    code: 'BANG_KHEN_CHU_TICH_UBND_TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    category: AwardCategory.CERTIFICATE_OF_MERIT,
    allowedSubjects: [INDIVIDUAL, COLLECTIVE, HOUSEHOLD],
    level: AwardLevel.PROVINCE,
    isAnnual: false,
    prizeCoefficient: '1.00',
    legalBasis: LAW,
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    name: 'Tập thể lao động xuất sắc',
    category: AwardCategory.TITLE,
    allowedSubjects: [COLLECTIVE],
    level: AwardLevel.PROVINCE,
    isAnnual: true,
    prizeCoefficient: '1.50',
    legalBasis: LAW,
  },
  {
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    name: 'Chiến sĩ thi đua cơ sở',
    category: AwardCategory.TITLE,
    allowedSubjects: [INDIVIDUAL],
    level: AwardLevel.DEPARTMENT,
    isAnnual: true,
    prizeCoefficient: '1.00',
    legalBasis: LAW,
  },
  {
    code: 'GIAY_KHEN',
    name: 'Giấy khen',
    category: AwardCategory.CERTIFICATE,
    allowedSubjects: [INDIVIDUAL, COLLECTIVE, HOUSEHOLD],
    level: AwardLevel.DEPARTMENT,
    isAnnual: false,
    prizeCoefficient: '0.30',
    legalBasis: LAW,
  },
  {
    code: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    name: 'Tập thể lao động tiên tiến',
    category: AwardCategory.TITLE,
    allowedSubjects: [COLLECTIVE],
    level: AwardLevel.DEPARTMENT,
    isAnnual: true,
    prizeCoefficient: '0.80',
    legalBasis: LAW,
  },
  {
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Lao động tiên tiến',
    category: AwardCategory.TITLE,
    allowedSubjects: [INDIVIDUAL],
    level: AwardLevel.DEPARTMENT,
    isAnnual: true,
    prizeCoefficient: '0.30',
    legalBasis: LAW,
  },
];

export interface BaseSalaryRow {
  amountVnd: string;
  effectiveFrom: string;
  legalBasis: string;
  roundingStepVnd: string;
  /** Known from secondary sources only. */
  unconfirmed?: boolean;
}

/** Prize money is rounded up to the next ten thousand đồng. */
export const BASE_SALARIES: readonly BaseSalaryRow[] = [
  {
    amountVnd: '1490000',
    effectiveFrom: '2019-07-01',
    legalBasis: 'Nghị định 38/2019/NĐ-CP',
    roundingStepVnd: '10000',
  },
  {
    amountVnd: '1800000',
    effectiveFrom: '2023-07-01',
    legalBasis: 'Nghị định 24/2023/NĐ-CP',
    roundingStepVnd: '10000',
  },
  {
    amountVnd: '2340000',
    effectiveFrom: '2024-07-01',
    legalBasis: 'Nghị định 73/2024/NĐ-CP',
    roundingStepVnd: '10000',
  },
  {
    amountVnd: '2530000',
    effectiveFrom: '2026-07-01',
    legalBasis: 'Nghị định 161/2026/NĐ-CP',
    roundingStepVnd: '10000',
    unconfirmed: true,
  },
];
