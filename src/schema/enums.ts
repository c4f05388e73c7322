/**
 * The domain enums as GraphQL enums, each value described with its Vietnamese term first.
 * Imported for its side effect by the entities that expose enum fields.
 */
import { registerEnumType } from 'type-graphql';
import {
  AwardCategory,
  AwardLevel,
  AwardStatus,
  BlocKind,
  CommendationType,
  DecisionStatus,
  EvaluationMethod,
  EventKind,
  FundPurpose,
  Gender,
  LeadershipRole,
  MovementKind,
  MovementScope,
  PrizeRank,
  SubjectType,
  UnitKind,
} from '../entities/enums';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Loại đơn vị — the kind of agency or locality a unit is.',
  valuesConfig: {
    PROVINCIAL_COMMITTEE: { description: 'Ủy ban nhân dân tỉnh — the provincial People’s Committee.' },
    DEPARTMENT: { description: 'Sở, ban, ngành — a provincial department.' },
    AGENCY: { description: 'Cơ quan, tổ chức — another provincial agency or organisation.' },
    BROADCASTER: { description: 'Đài Phát thanh và Truyền hình — the provincial broadcaster.' },
    DISTRICT: { description: 'Huyện, thị xã, thành phố — a district-level locality.' },
    COMMUNE: { description: 'Xã, phường, thị trấn — a commune-level locality.' },
    ENTERPRISE: { description: 'Doanh nghiệp — an enterprise.' },
    OTHER: { description: 'Khác — any other kind of unit.' },
  },
});

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Giới tính — gender of a person.',
  valuesConfig: {
    MALE: { description: 'Nam — male.' },
    FEMALE: { description: 'Nữ — female.' },
    OTHER: { description: 'Khác — other.' },
  },
});

registerEnumType(BlocKind, {
  name: 'BlocKind',
  description: 'Loại khối, cụm — whether units are grouped by sector (bloc) or by locality (cluster).',
  valuesConfig: {
    BLOC: { description: 'Khối thi đua — a sector-based emulation bloc.' },
    CLUSTER: { description: 'Cụm thi đua — a locality-based emulation cluster.' },
  },
});

registerEnumType(LeadershipRole, {
  name: 'LeadershipRole',
  description: 'Vai trò trong khối — the unit’s role in chairing a bloc for one year.',
  valuesConfig: {
    LEADER: { description: 'Trưởng khối — the unit that chairs the bloc that year.' },
    DEPUTY: { description: 'Phó khối — the unit that deputises that year.' },
  },
});

registerEnumType(MovementKind, {
  name: 'MovementKind',
  description: 'Hình thức phong trào — how a movement is organised.',
  valuesConfig: {
    REGULAR: { description: 'Thường xuyên — a regular, ongoing movement.' },
    THEMATIC: { description: 'Chuyên đề — a thematic movement with a goal and period.' },
    CAMPAIGN: { description: 'Theo đợt — a campaign movement (pre-2024 data).' },
  },
});

registerEnumType(MovementScope, {
  name: 'MovementScope',
  description: 'Phạm vi phong trào — who launched the movement and for whom.',
  valuesConfig: {
    NATIONAL: { description: 'Toàn quốc — launched nationally.' },
    PROVINCIAL: { description: 'Cấp tỉnh — launched by the province.' },
    BLOC: { description: 'Cấp khối — run by an emulation bloc.' },
    UNIT: { description: 'Cấp đơn vị — run by one unit.' },
  },
});

registerEnumType(FundPurpose, {
  name: 'FundPurpose',
  description: 'Mục đích quỹ — what a fund is for.',
  valuesConfig: {
    SOCIAL: { description: 'Quỹ xã hội — a social fund (e.g. "Tiếp sức đến trường").' },
    AWARD: { description: 'Quỹ thi đua, khen thưởng — the emulation and commendation fund.' },
  },
});

registerEnumType(PrizeRank, {
  name: 'PrizeRank',
  description: 'Hạng giải — the tier of a contest prize.',
  valuesConfig: {
    SPECIAL: { description: 'Giải Đặc biệt — special prize.' },
    FIRST: { description: 'Giải Nhất — first prize.' },
    SECOND: { description: 'Giải Nhì — second prize.' },
    THIRD: { description: 'Giải Ba — third prize.' },
    CONSOLATION: { description: 'Giải Khuyến khích — consolation prize.' },
  },
});

registerEnumType(EvaluationMethod, {
  name: 'EvaluationMethod',
  description: 'Phương thức bình xét — how a bloc evaluates its members.',
  valuesConfig: {
    SCORE: { description: 'Chấm điểm — by points against criteria.' },
    VOTE: { description: 'Bỏ phiếu — by vote.' },
    SCORE_AND_VOTE: { description: 'Chấm điểm và bỏ phiếu — by points, with votes to separate ties.' },
  },
});

registerEnumType(AwardCategory, {
  name: 'AwardCategory',
  description: 'Loại hình khen thưởng — the category of a title or form of commendation.',
  valuesConfig: {
    TITLE: { description: 'Danh hiệu thi đua — an emulation title.' },
    ORDER: { description: 'Huân chương — an order.' },
    MEDAL: { description: 'Huy chương — a medal.' },
    STATE_HONOUR_TITLE: { description: 'Danh hiệu vinh dự Nhà nước — a state honour title.' },
    STATE_PRIZE: { description: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước — a state prize.' },
    COMMEMORATIVE_MEDAL: { description: 'Kỷ niệm chương — a commemorative medal.' },
    CERTIFICATE_OF_MERIT: { description: 'Bằng khen — a certificate of merit.' },
    CERTIFICATE: { description: 'Giấy khen — a certificate of commendation.' },
  },
});

registerEnumType(SubjectType, {
  name: 'SubjectType',
  description: 'Đối tượng khen thưởng — who receives an award.',
  valuesConfig: {
    INDIVIDUAL: { description: 'Cá nhân — an individual.' },
    COLLECTIVE: { description: 'Tập thể — a collective (a unit).' },
    HOUSEHOLD: { description: 'Hộ gia đình — a household.' },
  },
});

registerEnumType(AwardLevel, {
  name: 'AwardLevel',
  description: 'Cấp khen thưởng — the level of the authority that awards.',
  valuesConfig: {
    STATE: { description: 'Cấp Nhà nước — the State (President).' },
    GOVERNMENT: { description: 'Cấp Chính phủ — the Government (Prime Minister).' },
    PROVINCE: { description: 'Cấp tỉnh — the province.' },
    DEPARTMENT: { description: 'Cấp sở, ngành — a department or agency.' },
    DISTRICT: { description: 'Cấp huyện — a district.' },
    COMMUNE: { description: 'Cấp xã — a commune.' },
    UNIT: { description: 'Cấp cơ sở — the unit itself.' },
  },
});

registerEnumType(CommendationType, {
  name: 'CommendationType',
  description: 'Hình thức xét khen thưởng — on what ground a decision commends.',
  valuesConfig: {
    MERIT: { description: 'Khen thưởng theo công trạng và thành tích — for merit and results.' },
    AD_HOC: { description: 'Khen thưởng đột xuất — ad hoc, for an unexpected achievement.' },
    THEMATIC: { description: 'Khen thưởng theo chuyên đề — for a thematic movement.' },
    DEDICATION: { description: 'Khen thưởng quá trình cống hiến — for a career of dedication.' },
    SENIORITY: { description: 'Khen thưởng theo niên hạn — by length of service.' },
    FOREIGN: { description: 'Khen thưởng đối ngoại — to foreign recipients.' },
    RESISTANCE: { description: 'Khen thưởng thành tích kháng chiến — for wartime service.' },
  },
});

registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'Hiệu lực quyết định — whether a decision is in effect.',
  valuesConfig: {
    IN_EFFECT: { description: 'Còn hiệu lực — in effect.' },
    PARTIALLY_REVOKED: { description: 'Bị thu hồi một phần — some of its awards were revoked.' },
    REVOKED: { description: 'Bị thu hồi, hủy bỏ — revoked as a whole.' },
  },
});

registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  description: 'Trạng thái khen thưởng — whether an award stands.',
  valuesConfig: {
    ACTIVE: { description: 'Có hiệu lực — the award stands.' },
    REVOKED: { description: 'Đã thu hồi — revoked by a later decision.' },
  },
});

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'Loại hội nghị — the kind of meeting.',
  valuesConfig: {
    YEAR_END_REVIEW: { description: 'Hội nghị tổng kết — year-end review.' },
    PLEDGE_SIGNING: { description: 'Ký kết giao ước thi đua — pledge signing.' },
    PRIZE_CEREMONY: { description: 'Trao giải — prize ceremony.' },
    MID_YEAR_REVIEW: { description: 'Sơ kết giữa năm — mid-year review.' },
    CROSS_INSPECTION: { description: 'Kiểm tra chéo — cross inspection between members.' },
  },
});
