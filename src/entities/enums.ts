/**
 * The domain's closed value sets, each declared once with its GraphQL name and the description of
 * every value (Vietnamese term first). Stored as VARCHAR with CHECK constraints in the migrations,
 * so a new value is a migration, never a silent surprise.
 */
import { declareEnum, type EnumValue } from '../core/enum';

export const UnitKind = declareEnum('UnitKind', 'Loại đơn vị — the kind of agency or locality a unit is.', {
  PROVINCIAL_COMMITTEE: 'Ủy ban nhân dân tỉnh — the provincial People’s Committee.',
  DEPARTMENT: 'Sở, ban, ngành — a provincial department.',
  AGENCY: 'Cơ quan, tổ chức — another provincial agency or organisation.',
  BROADCASTER: 'Đài Phát thanh và Truyền hình — the provincial broadcaster.',
  DISTRICT: 'Huyện, thị xã, thành phố — a district-level locality.',
  COMMUNE: 'Xã, phường, thị trấn — a commune-level locality.',
  ENTERPRISE: 'Doanh nghiệp — an enterprise.',
  OTHER: 'Khác — any other kind of unit.',
});
export type UnitKind = EnumValue<typeof UnitKind>;

export const Gender = declareEnum('Gender', 'Giới tính — gender of a person.', {
  MALE: 'Nam — male.',
  FEMALE: 'Nữ — female.',
  OTHER: 'Khác — other.',
});
export type Gender = EnumValue<typeof Gender>;

export const OccupationGroup = declareEnum(
  'OccupationGroup',
  'Nhóm đối tượng — the group among five that the Ministry’s statistical forms count individuals in.',
  {
    LEADER: 'Cán bộ lãnh đạo, quản lý — a person holding a leading or managing post.',
    CIVIL_SERVANT: 'Cán bộ, công chức, viên chức — an official or public employee without a leading post.',
    WORKER: 'Công nhân, nông dân, người lao động — a worker, farmer or other person in direct labour.',
    ENTREPRENEUR: 'Doanh nhân — an entrepreneur or business owner.',
    OTHER: 'Khác — anyone else (scientists, artists, students, foreigners…).',
  },
);
export type OccupationGroup = EnumValue<typeof OccupationGroup>;

export const BlocKind = declareEnum(
  'BlocKind',
  'Loại khối, cụm — whether units are grouped by sector (bloc) or by locality (cluster).',
  {
    BLOC: 'Khối thi đua — a sector-based emulation bloc.',
    CLUSTER: 'Cụm thi đua — a locality-based emulation cluster.',
  },
);
export type BlocKind = EnumValue<typeof BlocKind>;

export const LeadershipRole = declareEnum(
  'LeadershipRole',
  'Vai trò trong khối — the unit’s role in chairing a bloc for one year.',
  {
    LEADER: 'Trưởng khối — the unit that chairs the bloc that year.',
    DEPUTY: 'Phó khối — the unit that deputises that year.',
  },
);
export type LeadershipRole = EnumValue<typeof LeadershipRole>;

export const MovementKind = declareEnum('MovementKind', 'Hình thức phong trào — how a movement is organised.', {
  REGULAR: 'Thường xuyên — a regular, ongoing movement.',
  THEMATIC: 'Chuyên đề — a thematic movement with a goal and period.',
  CAMPAIGN: 'Theo đợt — a campaign movement (pre-2024 data).',
});
export type MovementKind = EnumValue<typeof MovementKind>;

export const MovementScope = declareEnum(
  'MovementScope',
  'Phạm vi phong trào — who launched the movement and for whom.',
  {
    NATIONAL: 'Toàn quốc — launched nationally.',
    PROVINCIAL: 'Cấp tỉnh — launched by the province.',
    BLOC: 'Cấp khối — run by an emulation bloc.',
    UNIT: 'Cấp đơn vị — run by one unit.',
  },
);
export type MovementScope = EnumValue<typeof MovementScope>;

export const FundPurpose = declareEnum('FundPurpose', 'Mục đích quỹ — what a fund is for.', {
  SOCIAL: 'Quỹ xã hội — a social fund (e.g. "Tiếp sức đến trường").',
  AWARD: 'Quỹ thi đua, khen thưởng — the emulation and commendation fund.',
});
export type FundPurpose = EnumValue<typeof FundPurpose>;

export const PrizeRank = declareEnum('PrizeRank', 'Hạng giải — the tier of a contest prize.', {
  SPECIAL: 'Giải Đặc biệt — special prize.',
  FIRST: 'Giải Nhất — first prize.',
  SECOND: 'Giải Nhì — second prize.',
  THIRD: 'Giải Ba — third prize.',
  CONSOLATION: 'Giải Khuyến khích — consolation prize.',
});
export type PrizeRank = EnumValue<typeof PrizeRank>;

export const EvaluationMethod = declareEnum(
  'EvaluationMethod',
  'Phương thức bình xét — how a bloc evaluates its members.',
  {
    SCORE: 'Chấm điểm — by points against criteria.',
    VOTE: 'Bỏ phiếu — by vote.',
    SCORE_AND_VOTE: 'Chấm điểm và bỏ phiếu — by points, with votes to separate ties.',
  },
);
export type EvaluationMethod = EnumValue<typeof EvaluationMethod>;

export const AwardCategory = declareEnum(
  'AwardCategory',
  'Loại hình khen thưởng — the category of a title or form of commendation.',
  {
    TITLE: 'Danh hiệu thi đua — an emulation title.',
    ORDER: 'Huân chương — an order.',
    MEDAL: 'Huy chương — a medal.',
    STATE_HONOUR_TITLE: 'Danh hiệu vinh dự Nhà nước — a state honour title.',
    STATE_PRIZE: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước — a state prize.',
    COMMEMORATIVE_MEDAL: 'Kỷ niệm chương — a commemorative medal.',
    CERTIFICATE_OF_MERIT: 'Bằng khen — a certificate of merit.',
    CERTIFICATE: 'Giấy khen — a certificate of commendation.',
  },
);
export type AwardCategory = EnumValue<typeof AwardCategory>;

export const SubjectType = declareEnum('SubjectType', 'Đối tượng khen thưởng — who receives an award.', {
  INDIVIDUAL: 'Cá nhân — an individual.',
  COLLECTIVE: 'Tập thể — a collective (a unit).',
  HOUSEHOLD: 'Hộ gia đình — a household.',
});
export type SubjectType = EnumValue<typeof SubjectType>;

export const AwardLevel = declareEnum('AwardLevel', 'Cấp khen thưởng — the level of the authority that awards.', {
  STATE: 'Cấp Nhà nước — the State (President).',
  GOVERNMENT: 'Cấp Chính phủ — the Government (Prime Minister).',
  PROVINCE: 'Cấp tỉnh — the province.',
  DEPARTMENT: 'Cấp sở, ngành — a department or agency.',
  DISTRICT: 'Cấp huyện — a district.',
  COMMUNE: 'Cấp xã — a commune.',
  UNIT: 'Cấp cơ sở — the unit itself.',
});
export type AwardLevel = EnumValue<typeof AwardLevel>;

export const CommendationType = declareEnum(
  'CommendationType',
  'Hình thức xét khen thưởng — on what ground a decision commends.',
  {
    MERIT: 'Khen thưởng theo công trạng và thành tích — for merit and results.',
    AD_HOC: 'Khen thưởng đột xuất — ad hoc, for an unexpected achievement.',
    THEMATIC: 'Khen thưởng theo chuyên đề — for a thematic movement.',
    DEDICATION: 'Khen thưởng quá trình cống hiến — for a career of dedication.',
    SENIORITY: 'Khen thưởng theo niên hạn — by length of service.',
    FOREIGN: 'Khen thưởng đối ngoại — to foreign recipients.',
    RESISTANCE: 'Khen thưởng thành tích kháng chiến — for wartime service.',
  },
);
export type CommendationType = EnumValue<typeof CommendationType>;

export const DecisionStatus = declareEnum('DecisionStatus', 'Hiệu lực quyết định — whether a decision is in effect.', {
  IN_EFFECT: 'Còn hiệu lực — in effect.',
  PARTIALLY_REVOKED: 'Bị thu hồi một phần — some of its awards were revoked.',
  REVOKED: 'Bị thu hồi, hủy bỏ — revoked as a whole.',
});
export type DecisionStatus = EnumValue<typeof DecisionStatus>;

export const AwardStatus = declareEnum('AwardStatus', 'Trạng thái khen thưởng — whether an award stands.', {
  ACTIVE: 'Có hiệu lực — the award stands.',
  REVOKED: 'Đã thu hồi — revoked by a later decision.',
});
export type AwardStatus = EnumValue<typeof AwardStatus>;

export const EventKind = declareEnum('EventKind', 'Loại hội nghị — the kind of meeting.', {
  YEAR_END_REVIEW: 'Hội nghị tổng kết — year-end review.',
  PLEDGE_SIGNING: 'Ký kết giao ước thi đua — pledge signing.',
  PRIZE_CEREMONY: 'Trao giải — prize ceremony.',
  MID_YEAR_REVIEW: 'Sơ kết giữa năm — mid-year review.',
  CROSS_INSPECTION: 'Kiểm tra chéo — cross inspection between members.',
});
export type EventKind = EnumValue<typeof EventKind>;

export const ProposalState = declareEnum(
  'ProposalState',
  'Trạng thái hồ sơ đề nghị — where a proposal dossier stands in its appraisal.',
  {
    DRAFT: 'Dự thảo — being prepared by the submitting unit; not yet sent.',
    SUBMITTED: 'Đã gửi — sent to the emulation board, waiting for appraisal.',
    UNDER_APPRAISAL: 'Đang thẩm định — the emulation board is appraising it.',
    RETURNED: 'Trả lại — returned to the unit with a reason, to be corrected and sent again.',
    COUNCIL_REVIEW: 'Trình Hội đồng — before the emulation council, whose votes are recorded per item.',
    DECIDED: 'Đã có quyết định — a decision gave the approved items their awards.',
    REJECTED: 'Không đề nghị khen thưởng — the council rejected every item; no decision follows.',
    WITHDRAWN: 'Rút hồ sơ — withdrawn by the unit before appraisal.',
  },
);
export type ProposalState = EnumValue<typeof ProposalState>;

export const ProposalItemOutcome = declareEnum(
  'ProposalItemOutcome',
  'Kết quả xét — what the council made of one item of a dossier.',
  {
    PENDING: 'Chờ xét — not yet approved or rejected.',
    APPROVED: 'Đồng ý — approved: the decision will give this award.',
    REJECTED: 'Không đồng ý — rejected, with a reason.',
  },
);
export type ProposalItemOutcome = EnumValue<typeof ProposalItemOutcome>;

export const ProposalDocumentKind = declareEnum(
  'ProposalDocumentKind',
  'Loại tài liệu — the kinds of document a proposal dossier holds (Law 06/2022, art. 84).',
  {
    COVER_LETTER: 'Tờ trình — the cover letter proposing the awards.',
    ACHIEVEMENT_REPORT: 'Báo cáo thành tích — the achievement report.',
    MEETING_MINUTES: 'Biên bản họp xét — the minutes of the evaluation meeting (with the ballot, where required).',
    AGENCY_OPINIONS: 'Ý kiến cơ quan liên quan — the opinions of related agencies.',
    INITIATIVE_PROOF: 'Minh chứng sáng kiến — proof of an initiative, research or exceptional achievement.',
    OTHER: 'Khác — any other document.',
  },
);
export type ProposalDocumentKind = EnumValue<typeof ProposalDocumentKind>;
