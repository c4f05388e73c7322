/**
 * Biểu 0601.N/BNV-TĐKT — the movements launched in the reporting year, by scope, duration and
 * method; columns by the level that launched them (Circular 02/2023/TT-BNV, layout as the public
 * templates show it).
 */
import type { FormDefinition, FormRow } from './form-definition';

const by = (dimension: string, ...values: string[]) => ({ dimension, in: values });

const part = (key: string, code: string, label: string, dimension: string, value: string): FormRow => ({
  key,
  code,
  label,
  level: 1,
  where: [by(dimension, value)],
});

export const FORM_0601: FormDefinition = {
  name: 'MOVEMENTS_0601',
  code: '0601.N/BNV-TĐKT',
  title: 'Số phong trào thi đua',
  legalBasis: 'Thông tư 02/2023/TT-BNV',
  countUnit: 'Phong trào',
  source: 'movements',
  scope: 'issuer',
  where: [],
  columns: [
    { key: 'TOTAL', label: 'Tổng số', where: [] },
    { key: 'CENTRAL', label: 'Cấp Trung ương phát động', group: 'Chia ra', where: [by('launchLevel', 'CENTRAL')] },
    {
      key: 'MINISTRY_PROVINCE',
      label: 'Cấp bộ, ban, ngành, tỉnh phát động',
      group: 'Chia ra',
      where: [by('launchLevel', 'PROVINCE')],
    },
    { key: 'AGENCY', label: 'Cấp cơ quan, đơn vị phát động', group: 'Chia ra', where: [by('launchLevel', 'AGENCY')] },
  ],
  rows: [
    { key: 'TOTAL', code: '1', label: 'Tổng số phong trào thi đua', level: 0, where: [] },
    { key: 'BY_SCOPE', code: '2', label: 'Chia theo phạm vi', level: 0, heading: true, where: [] },
    part('SCOPE_NATIONAL', '2.1', 'Toàn quốc', 'scope', 'NATIONAL'),
    part('SCOPE_PROVINCIAL', '2.2', 'Bộ, ban, ngành, tỉnh', 'scope', 'PROVINCIAL'),
    part('SCOPE_BLOC', '2.3', 'Cụm, khối thi đua', 'scope', 'BLOC'),
    part('SCOPE_UNIT', '2.4', 'Cơ quan, đơn vị', 'scope', 'UNIT'),
    { key: 'BY_DURATION', code: '3', label: 'Chia theo thời gian thực hiện', level: 0, heading: true, where: [] },
    part('DURATION_UNDER_1Y', '3.1', 'Dưới 1 năm', 'duration', 'UNDER_1Y'),
    part('DURATION_1Y', '3.2', '1 năm', 'duration', '1Y'),
    part('DURATION_1Y_3Y', '3.3', 'Trên 1 năm đến dưới 3 năm', 'duration', '1Y_3Y'),
    part('DURATION_3Y_5Y', '3.4', 'Từ 3 năm đến dưới 5 năm', 'duration', '3Y_5Y'),
    part('DURATION_FROM_5Y', '3.5', 'Từ 5 năm trở lên', 'duration', 'FROM_5Y'),
    { key: 'BY_METHOD', code: '4', label: 'Chia theo hình thức tổ chức', level: 0, heading: true, where: [] },
    part('METHOD_THEMATIC', '4.1', 'Thi đua theo chuyên đề (theo đợt)', 'method', 'THEMATIC'),
    part('METHOD_REGULAR', '4.2', 'Thi đua thường xuyên', 'method', 'REGULAR'),
  ],
};
