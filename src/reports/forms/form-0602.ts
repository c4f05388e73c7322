/**
 * Biểu 0602.N/BNV-TĐKT — state-level awards (the State's and the Government's) given in the
 * reporting year to the reporting unit's collectives, households and individuals: by who put them
 * forward, by recipient, by method of commendation (Circular 02/2023/TT-BNV, layout as the public
 * templates show it). The rows by recipient and by method are 0603's too.
 */
import type { FormDefinition, FormRow, Selector } from './form-definition';

const by = (dimension: string, ...values: string[]): Selector => ({ dimension, in: values });

/** Catalogue codes of the Hồ Chí Minh Prize, told apart from the State Prize (both STATE_PRIZE). */
export const HO_CHI_MINH_PRIZE_CODES = ['GIAI_THUONG_HO_CHI_MINH'];

const OCCUPATION_GROUPS: Array<[string, string]> = [
  ['LEADER', 'Cán bộ lãnh đạo, quản lý'],
  ['CIVIL_SERVANT', 'Cán bộ, công chức, viên chức'],
  ['WORKER', 'Công nhân, nông dân, người lao động'],
  ['ENTREPRENEUR', 'Doanh nhân'],
  ['OTHER', 'Đối tượng khác'],
];

const METHODS: Array<[string, string]> = [
  ['MERIT', 'Khen thưởng thường xuyên (công trạng và thành tích)'],
  ['THEMATIC', 'Khen thưởng theo đợt, chuyên đề'],
  ['AD_HOC', 'Khen thưởng đột xuất'],
  ['FOREIGN', 'Khen thưởng đối ngoại'],
  ['DEDICATION', 'Khen thưởng quá trình cống hiến'],
  ['SENIORITY', 'Khen thưởng theo niên hạn'],
  ['RESISTANCE', 'Khen thưởng thành tích kháng chiến'],
];

/** The rows by recipient (section `n`): collectives (of which enterprises), households, individuals by group. */
export function recipientRows(n: number): FormRow[] {
  const individual = by('subject', 'INDIVIDUAL');
  return [
    { key: 'BY_RECIPIENT', code: `${n}`, label: 'Chia theo đối tượng', level: 0, heading: true, where: [] },
    { key: 'COLLECTIVE', code: `${n}.1`, label: 'Tập thể', level: 1, where: [by('subject', 'COLLECTIVE')] },
    {
      key: 'COLLECTIVE_ENTERPRISE',
      code: `${n}.1.1`,
      label: 'Trong đó: doanh nghiệp',
      level: 2,
      where: [by('subject', 'COLLECTIVE'), by('recipientUnitKind', 'ENTERPRISE')],
    },
    { key: 'HOUSEHOLD', code: `${n}.2`, label: 'Hộ gia đình', level: 1, where: [by('subject', 'HOUSEHOLD')] },
    { key: 'INDIVIDUAL', code: `${n}.3`, label: 'Cá nhân', level: 1, where: [individual] },
    ...OCCUPATION_GROUPS.map(([group, label], i) => ({
      key: `INDIVIDUAL_${group}`,
      code: `${n}.3.${i + 1}`,
      label,
      level: 2,
      where: [individual, by('occupationGroup', group)],
    })),
  ];
}

/** The rows by method of commendation (section `n`). */
export function methodRows(n: number): FormRow[] {
  return [
    { key: 'BY_METHOD', code: `${n}`, label: 'Chia theo hình thức khen thưởng', level: 0, heading: true, where: [] },
    ...METHODS.map(([type, label], i) => ({
      key: `METHOD_${type}`,
      code: `${n}.${i + 1}`,
      label,
      level: 1,
      where: [by('commendationType', type)],
    })),
  ];
}

export const FORM_0602: FormDefinition = {
  name: 'STATE_AWARDS_0602',
  code: '0602.N/BNV-TĐKT',
  title: 'Số lượng khen thưởng cấp Nhà nước',
  legalBasis: 'Thông tư 02/2023/TT-BNV',
  countUnit: 'Lượt khen thưởng',
  source: 'awards',
  scope: 'recipient',
  where: [by('level', 'STATE', 'GOVERNMENT')],
  columns: [
    { key: 'TOTAL', label: 'Tổng số', where: [] },
    {
      key: 'ORDER_COLLECTIVE',
      label: 'Tập thể',
      group: 'Huân chương',
      where: [by('category', 'ORDER'), by('subject', 'COLLECTIVE')],
    },
    {
      key: 'ORDER_INDIVIDUAL',
      label: 'Cá nhân',
      group: 'Huân chương',
      where: [by('category', 'ORDER'), { dimension: 'subject', notIn: ['COLLECTIVE'] }],
    },
    { key: 'MEDAL', label: 'Huy chương', where: [by('category', 'MEDAL')] },
    {
      key: 'HO_CHI_MINH_PRIZE',
      label: 'Giải thưởng Hồ Chí Minh',
      where: [by('category', 'STATE_PRIZE'), by('typeCode', ...HO_CHI_MINH_PRIZE_CODES)],
    },
    {
      key: 'STATE_PRIZE',
      label: 'Giải thưởng Nhà nước',
      where: [by('category', 'STATE_PRIZE'), { dimension: 'typeCode', notIn: HO_CHI_MINH_PRIZE_CODES }],
    },
    { key: 'HONOUR_TITLE', label: 'Danh hiệu vinh dự Nhà nước', where: [by('category', 'STATE_HONOUR_TITLE')] },
    { key: 'GOVERNMENT_FLAG', label: 'Cờ thi đua của Chính phủ', where: [by('typeCode', 'CO_THI_DUA_CHINH_PHU')] },
    {
      key: 'PRIME_MINISTER_CERTIFICATE',
      label: 'Bằng khen của Thủ tướng Chính phủ',
      where: [by('typeCode', 'BANG_KHEN_THU_TUONG')],
    },
    {
      key: 'NATIONAL_EMULATION_FIGHTER',
      label: 'Chiến sĩ thi đua toàn quốc',
      where: [by('typeCode', 'CHIEN_SI_THI_DUA_TOAN_QUOC')],
    },
    { key: 'OTHER', label: 'Hình thức khác', where: [], rest: true },
  ],
  rows: [
    { key: 'TOTAL', code: '1', label: 'Tổng số', level: 0, where: [] },
    { key: 'BY_SUBMITTER', code: '2', label: 'Chia theo cơ quan trình', level: 0, heading: true, where: [] },
    {
      key: 'SUBMITTED_BY_MINISTRY',
      code: '2.1',
      label: 'Bộ, ban, ngành, đoàn thể Trung ương',
      level: 1,
      where: [by('submittedBy', 'MINISTRY')],
    },
    {
      key: 'SUBMITTED_BY_PROVINCE',
      code: '2.2',
      label: 'Tỉnh, thành phố trực thuộc Trung ương',
      level: 1,
      where: [by('submittedBy', 'PROVINCE')],
    },
    ...recipientRows(3),
    ...methodRows(4),
  ],
};
