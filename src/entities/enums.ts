/**
 * The domain's closed value sets. Stored as VARCHAR (with CHECK constraints in the migrations), so a
 * new value is a migration, never a silent surprise.
 */

export enum UnitKind {
  PROVINCIAL_COMMITTEE = 'PROVINCIAL_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  AGENCY = 'AGENCY',
  BROADCASTER = 'BROADCASTER',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  OTHER = 'OTHER',
}

export enum BlocKind {
  BLOC = 'BLOC',
  CLUSTER = 'CLUSTER',
}

export enum LeadershipRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
}

export enum MovementKind {
  REGULAR = 'REGULAR',
  THEMATIC = 'THEMATIC',
  CAMPAIGN = 'CAMPAIGN',
}

export enum MovementScope {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  BLOC = 'BLOC',
  UNIT = 'UNIT',
}

export enum FundPurpose {
  SOCIAL = 'SOCIAL',
  AWARD = 'AWARD',
}

export enum PrizeRank {
  SPECIAL = 'SPECIAL',
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
  CONSOLATION = 'CONSOLATION',
}

export enum EvaluationMethod {
  SCORE = 'SCORE',
  VOTE = 'VOTE',
  SCORE_AND_VOTE = 'SCORE_AND_VOTE',
}

export enum AwardCategory {
  TITLE = 'TITLE',
  ORDER = 'ORDER',
  MEDAL = 'MEDAL',
  STATE_HONOUR_TITLE = 'STATE_HONOUR_TITLE',
  STATE_PRIZE = 'STATE_PRIZE',
  COMMEMORATIVE_MEDAL = 'COMMEMORATIVE_MEDAL',
  CERTIFICATE_OF_MERIT = 'CERTIFICATE_OF_MERIT',
  CERTIFICATE = 'CERTIFICATE',
}

export enum SubjectType {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  HOUSEHOLD = 'HOUSEHOLD',
}

export enum AwardLevel {
  STATE = 'STATE',
  GOVERNMENT = 'GOVERNMENT',
  PROVINCE = 'PROVINCE',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  UNIT = 'UNIT',
}

export enum CommendationType {
  MERIT = 'MERIT',
  AD_HOC = 'AD_HOC',
  THEMATIC = 'THEMATIC',
  DEDICATION = 'DEDICATION',
  SENIORITY = 'SENIORITY',
  FOREIGN = 'FOREIGN',
  RESISTANCE = 'RESISTANCE',
}

export enum DecisionStatus {
  IN_EFFECT = 'IN_EFFECT',
  PARTIALLY_REVOKED = 'PARTIALLY_REVOKED',
  REVOKED = 'REVOKED',
}

export enum AwardStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

export enum EventKind {
  YEAR_END_REVIEW = 'YEAR_END_REVIEW',
  PLEDGE_SIGNING = 'PLEDGE_SIGNING',
  PRIZE_CEREMONY = 'PRIZE_CEREMONY',
  MID_YEAR_REVIEW = 'MID_YEAR_REVIEW',
  CROSS_INSPECTION = 'CROSS_INSPECTION',
}
