/** The shape of the synthetic dataset: its sizes, years, names and the records later steps refer to. */

/** Every synthetic unit code starts with this; its presence means the dataset is already loaded. */
export const SYNTHETIC_PREFIX = 'SYN';

/**
 * The generator's version: raised whenever the same seed starts giving other rows, so a cached
 * dataset built by an older generator is not taken for this one's (2: the statistical forms' rows).
 */
export const GENERATOR_VERSION = 2;

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
export const CONTRIBUTIONS_PER_PROVINCE = 50_000;
export const BLOCS_PER_PROVINCE = 10;
export const MEMBERS_PER_BLOC = 8;
export const PERSONS_PER_UNIT = 4;
export const CONTRIBUTION_CHUNK = 50_000;

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang'];
export const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];
export const SECTORS = [
  'Giáo dục',
  'Y tế',
  'Tài chính',
  'Xây dựng',
  'Giao thông',
  'Nông nghiệp',
  'Công thương',
  'Tư pháp',
  'Nội vụ',
  'Văn hóa',
  'Du lịch',
  'Khoa học',
  'Thông tin',
  'Lao động',
  'Tài nguyên',
  'Kế hoạch',
];
export const BLOC_THEMES = [
  'kinh tế tổng hợp',
  'văn hóa – xã hội',
  'nội chính',
  'đảng – đoàn thể',
  'huyện, thị xã phía Bắc',
  'huyện, thị xã phía Nam',
];

export const CRITERIA = [
  { code: 'TC1', name: 'Thực hiện nhiệm vụ chính trị được giao', maxPoints: 50, maxBonus: 5 },
  { code: 'TC2', name: 'Tổ chức phong trào thi đua và công tác khen thưởng', maxPoints: 30, maxBonus: 3 },
  { code: 'TC3', name: 'Xây dựng tổ chức, đoàn thể vững mạnh', maxPoints: 20, maxBonus: 2 },
];

export interface UnitRow {
  id: number;
  code: string;
  name: string;
}

export interface PersonRow {
  id: number;
  name: string;
}

export interface BlocPlan {
  id: number;
  code: string;
  /** Index of its province, whose committee issues the yearly decision. */
  province: number;
  managingUnitId: number;
  /** Member unit ids by year (a few units join late). */
  membersByYear: Map<number, number[]>;
  fundId: number;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A decimal with two places from a number of hundredths. */
export function fromHundredths(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${pad(hundredths % 100)}`;
}
