/**
 * The source article's facts (Khối thi đua các sở, ngành khoa học – văn hóa – xã hội, 12/12/2022),
 * as data. Rows the article does not state (leaders, points, prize tiers and amounts, pledge
 * targets, award decisions, individual prize winners) are ILLUSTRATIVE and carry
 * `isIllustrative: true` in the database.
 */
import { UnitKind } from '../entities/enums';

export const ARTICLE_SOURCE =
  'Khối thi đua các sở, ngành khoa học – văn hóa – xã hội: Ký kết giao ước thi đua năm 2023 (bản tin ngày 12/12/2022)';

export const BLOC = {
  code: 'KHOI_KH_VH_XH',
  name: 'Khối thi đua các sở, ngành khoa học – văn hóa – xã hội',
};

/** The bloc's seven members, in the article's order. */
export const MEMBER_UNITS: ReadonlyArray<{ code: string; name: string; shortName: string; kind: UnitKind }> = [
  { code: 'SO_GDDT', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT', kind: UnitKind.DEPARTMENT },
  { code: 'SO_TTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', kind: UnitKind.DEPARTMENT },
  { code: 'DAI_PTTH', name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH', kind: UnitKind.BROADCASTER },
  { code: 'SO_YTE', name: 'Sở Y tế', shortName: 'Sở Y tế', kind: UnitKind.DEPARTMENT },
  { code: 'SO_KHCN', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: UnitKind.DEPARTMENT },
  {
    code: 'SO_LDTBXH',
    name: 'Sở Lao động – Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    kind: UnitKind.DEPARTMENT,
  },
  { code: 'SO_VHTTDL', name: 'Sở Văn hóa – Thể thao và Du lịch', shortName: 'Sở VH-TT&DL', kind: UnitKind.DEPARTMENT },
];

/** The provincial People's Committee: the issuer of the (illustrative) provincial award decision. */
export const PROVINCIAL_COMMITTEE = {
  code: 'UBND_TINH',
  name: 'Ủy ban nhân dân tỉnh',
  shortName: 'UBND tỉnh',
  kind: UnitKind.PROVINCIAL_COMMITTEE,
};

export const MOVEMENTS = {
  newRural: { code: 'NONG_THON_MOI', name: 'Cả nước chung sức xây dựng nông thôn mới' },
  advancedRural: {
    code: 'NONG_THON_MOI_NANG_CAO_2021_2025',
    name: 'Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
    periodStartYear: 2021,
    periodEndYear: 2025,
  },
  poverty: { code: 'VI_NGUOI_NGHEO', name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau' },
};

export const EVENT = {
  heldOn: '2022-12-12',
  title:
    'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, ' +
    'trao giải cuộc thi tìm hiểu về chuyển đổi số năm 2022 và ký kết giao ước thi đua năm 2023',
};

export const PLEDGE_2023_CONTENT =
  'Tiếp tục thực hiện tốt các phong trào thi đua gắn với thực hiện các nhiệm vụ được giao; ' +
  'kịp thời biểu dương khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua ' +
  'của đơn vị; xây dựng tổ chức, đoàn thể vững mạnh.';

export const FUND = { code: 'QUY_TIEP_SUC_DEN_TRUONG', name: 'Quỹ "Tiếp sức đến trường"', establishedYear: 2022 };

export const CONTEST = {
  name: 'Cuộc thi tìm hiểu về chuyển đổi số năm 2022',
  year: 2022,
  topic: 'Chuyển đổi số',
};

/** ILLUSTRATIVE: the article says prizes went to collectives and individuals, not which or how much. */
export const ILLUSTRATIVE_UNIT_PRIZES = [
  { rank: 'FIRST', unitCode: 'SO_TTTT', amountVnd: '3000000' },
  { rank: 'SECOND', unitCode: 'DAI_PTTH', amountVnd: '2000000' },
  { rank: 'THIRD', unitCode: 'SO_KHCN', amountVnd: '1500000' },
  { rank: 'CONSOLATION', unitCode: 'SO_YTE', amountVnd: '500000' },
] as const;

export const ILLUSTRATIVE_PERSON_PRIZES = [
  {
    rank: 'FIRST',
    fullName: 'Nguyễn Thị Minh Anh',
    gender: 'FEMALE',
    unitCode: 'SO_GDDT',
    position: 'Chuyên viên',
    amountVnd: '1500000',
  },
  {
    rank: 'SECOND',
    fullName: 'Trần Văn Đức',
    gender: 'MALE',
    unitCode: 'SO_TTTT',
    position: 'Chuyên viên',
    amountVnd: '1000000',
  },
  {
    rank: 'THIRD',
    fullName: 'Lê Hoàng Phúc',
    gender: 'MALE',
    unitCode: 'DAI_PTTH',
    position: 'Phóng viên',
    amountVnd: '700000',
  },
  {
    rank: 'CONSOLATION',
    fullName: 'Phạm Thu Hà',
    gender: 'FEMALE',
    unitCode: 'SO_VHTTDL',
    position: 'Chuyên viên',
    amountVnd: '300000',
  },
] as const;

/** ILLUSTRATIVE: the bloc's leadership for 2022 and 2023. */
export const ILLUSTRATIVE_LEADERSHIP = [
  { year: 2022, role: 'LEADER', unitCode: 'SO_GDDT' },
  { year: 2022, role: 'DEPUTY', unitCode: 'SO_YTE' },
  { year: 2023, role: 'LEADER', unitCode: 'SO_YTE' },
  { year: 2023, role: 'DEPUTY', unitCode: 'SO_KHCN' },
] as const;

/** ILLUSTRATIVE: the 2022 scoring framework and each member's points and votes. */
export const ILLUSTRATIVE_CRITERIA = [
  { code: 'TC1', name: 'Thực hiện nhiệm vụ chính trị được giao', maxPoints: '50.00', maxBonusPoints: '5.00' },
  {
    code: 'TC2',
    name: 'Tổ chức phong trào thi đua và công tác khen thưởng',
    maxPoints: '30.00',
    maxBonusPoints: '3.00',
  },
  { code: 'TC3', name: 'Xây dựng tổ chức, đoàn thể vững mạnh', maxPoints: '20.00', maxBonusPoints: '2.00' },
] as const;

/** Points per criterion (TC1, TC2, TC3), bonus on TC1, votes for out of 7. */
export const ILLUSTRATIVE_SCORES: ReadonlyArray<{
  unitCode: string;
  points: [string, string, string];
  bonus: string;
  votesFor: number;
}> = [
  { unitCode: 'SO_GDDT', points: ['48.50', '28.00', '19.00'], bonus: '3.00', votesFor: 6 },
  { unitCode: 'SO_TTTT', points: ['47.00', '28.50', '19.50'], bonus: '2.50', votesFor: 5 },
  { unitCode: 'DAI_PTTH', points: ['46.00', '27.00', '18.50'], bonus: '1.00', votesFor: 3 },
  { unitCode: 'SO_YTE', points: ['47.50', '28.00', '19.00'], bonus: '2.00', votesFor: 5 },
  { unitCode: 'SO_KHCN', points: ['45.50', '27.50', '18.00'], bonus: '1.50', votesFor: 2 },
  { unitCode: 'SO_LDTBXH', points: ['46.50', '27.00', '18.50'], bonus: '1.50', votesFor: 4 },
  { unitCode: 'SO_VHTTDL', points: ['45.00', '26.50', '18.00'], bonus: '1.00', votesFor: 2 },
];

/** ILLUSTRATIVE: the 2023 pledge's targets. */
export const ILLUSTRATIVE_TARGETS = [
  {
    kindCode: 'HOUSE',
    targetQuantity: 8,
    targetAmountVnd: '800000000',
    description: 'Xây dựng ít nhất 8 căn nhà cho hộ nghèo, cận nghèo',
  },
  {
    kindCode: 'STUDENT_SUPPORT',
    targetQuantity: 30,
    targetAmountVnd: null,
    description: 'Hỗ trợ ít nhất 30 học sinh có hoàn cảnh khó khăn qua quỹ "Tiếp sức đến trường"',
  },
] as const;

/** ILLUSTRATIVE: the provincial decision awarding the 2022 results. */
export const ILLUSTRATIVE_DECISION = {
  decisionNo: '125/QĐ-UBND',
  signedOn: '2023-01-16',
  signerName: 'Nguyễn Văn An',
  signerTitle: 'Chủ tịch Ủy ban nhân dân tỉnh',
  summary: 'Tặng Cờ thi đua cấp tỉnh và Bằng khen cho các tập thể có thành tích xuất sắc năm 2022 (dữ liệu minh họa)',
};
