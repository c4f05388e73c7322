/**
 * Biểu 0603.N/BNV-TĐKT — the awards the reporting unit (a ministry, branch or province) gave in the
 * reporting year at its own level: by recipient and by method, as 0602 (Circular 02/2023/TT-BNV,
 * layout as the public templates show it). "Hình thức khác" holds the province's other titles
 * (Tập thể lao động xuất sắc…), so the columns add up to the total.
 */
import type { FormDefinition, Selector } from './form-definition';
import { methodRows, recipientRows } from './form-0602';

const by = (dimension: string, ...values: string[]): Selector => ({ dimension, in: values });

export const FORM_0603: FormDefinition = {
  name: 'PROVINCIAL_AWARDS_0603',
  code: '0603.N/BNV-TĐKT',
  title: 'Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh',
  legalBasis: 'Thông tư 02/2023/TT-BNV',
  countUnit: 'Lượt khen thưởng',
  source: 'awards',
  scope: 'issuer',
  where: [by('level', 'PROVINCE')],
  columns: [
    { key: 'TOTAL', label: 'Tổng số', where: [] },
    { key: 'CERTIFICATE_OF_MERIT', label: 'Bằng khen', where: [by('category', 'CERTIFICATE_OF_MERIT')] },
    {
      key: 'PROVINCIAL_EMULATION_FIGHTER',
      label: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
      where: [by('typeCode', 'CHIEN_SI_THI_DUA_CAP_TINH')],
    },
    {
      key: 'PROVINCIAL_FLAG',
      label: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
      where: [by('typeCode', 'CO_THI_DUA_CAP_TINH')],
    },
    { key: 'COMMEMORATIVE_MEDAL', label: 'Kỷ niệm chương', where: [by('category', 'COMMEMORATIVE_MEDAL')] },
    { key: 'OTHER', label: 'Hình thức khác', where: [], rest: true },
  ],
  rows: [{ key: 'TOTAL', code: '1', label: 'Tổng số', level: 0, where: [] }, ...recipientRows(2), ...methodRows(3)],
};
