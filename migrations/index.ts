/** Every migration, in order. Listed explicitly so the compiled and the ts-jest builds agree. */
import { DomainSchema1764000000000 } from './1764000000000-DomainSchema';
import { ChangeFeed1764000000001 } from './1764000000001-ChangeFeed';
import { ApiKeys1764000000002 } from './1764000000002-ApiKeys';
import { IdempotencyKeys1764000000003 } from './1764000000003-IdempotencyKeys';
import { ReportIndexes1764000000004 } from './1764000000004-ReportIndexes';
import { ChildPageIndexes1764000000005 } from './1764000000005-ChildPageIndexes';
import { ContributionNote1764000000006 } from './1764000000006-ContributionNote';
import { FeedIdentity1764000000007 } from './1764000000007-FeedIdentity';
import { StatisticalFormAttributes1764000000008 } from './1764000000008-StatisticalFormAttributes';
import { LeadershipOneRolePerUnit1764000000009 } from './1764000000009-LeadershipOneRolePerUnit';
import { AwardTypeVersions1764000000011 } from './1764000000011-AwardTypeVersions';
import { ProposalDossiers1764000000012 } from './1764000000012-ProposalDossiers';
import { StoredFiles1764000000013 } from './1764000000013-StoredFiles';

export const migrations: Function[] = [
  DomainSchema1764000000000,
  ChangeFeed1764000000001,
  ApiKeys1764000000002,
  IdempotencyKeys1764000000003,
  ReportIndexes1764000000004,
  ChildPageIndexes1764000000005,
  ContributionNote1764000000006,
  FeedIdentity1764000000007,
  StatisticalFormAttributes1764000000008,
  LeadershipOneRolePerUnit1764000000009,
  AwardTypeVersions1764000000011,
  ProposalDossiers1764000000012,
  StoredFiles1764000000013,
];
