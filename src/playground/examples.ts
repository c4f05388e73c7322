/**
 * The operations the playground opens with, one set per audience. A test runs every one of them
 * against the article's data, so they cannot drift from the schema.
 */
import { toGlobalId } from '../core/global-id';

export interface PlaygroundExample {
  audience: 'portal' | 'reporting' | 'administration';
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The article seed's first dossier: Sở Y tế's 2023 draft. */
const SEEDED_DRAFT = toGlobalId('Proposal', 1);

export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [
  {
    audience: 'portal',
    title: 'Cổng thông tin: đồng bộ thay đổi — portal sync: every change after your cursor',
    query: `# Keep the cursor you get back and pass it as "after" next time.
query PortalSync($after: String) {
  changes(after: $after, first: 20) {
    pageInfo { hasNextPage endCursor }
    nodes { typeName recordId operation changedAt }
  }
}`,
  },
  {
    audience: 'portal',
    title: 'Cổng thông tin: khối và thành viên — a bloc and its members in a year',
    query: `query BlocMembers {
  emulationBlocs(first: 5) {
    nodes {
      code name
      members(year: 2023, first: 20) { nodes { code name shortName } }
    }
  }
}`,
  },
  {
    audience: 'portal',
    title: 'Hồ sơ đề nghị: theo dõi trạng thái — a unit’s dossiers, their items and history',
    query: `query UnitDossiers {
  proposals(filter: { submittingUnit: { code: { in: ["SO_YTE", "SO_TTTT"] } } }) {
    totalCount
    nodes {
      id version referenceNo state submittedOn submittingUnit { shortName }
      items {
        nodes {
          awardType { name } outcome warnings { code }
          recipient { ... on Unit { name } ... on Person { fullName } }
        }
      }
      documents { nodes { kind fileName sizeBytes downloadPath } }
      history { nodes { fromState toState reason createdAt } }
    }
  }
}`,
  },
  {
    audience: 'portal',
    title: 'Hồ sơ đề nghị: gửi hồ sơ — submit a dossier (refused with the missing documents until they are uploaded)',
    query: `# Upload each document first: POST /files/proposal-documents (multipart: proposalId, kind, file),
# with this EDITOR key; GET a document's downloadPath to read it back.
# Then the board (an APPRAISER key) takes it on: startProposalAppraisal, returnProposal,
# sendProposalToCouncil, recordProposalCouncilVotes, approveProposalItem, createDecisionFromProposal.
mutation SubmitDossier($id: ID!, $version: Int!) {
  submitProposal(input: { id: $id, expectedVersion: $version }) {
    proposal { state submittedOn items { nodes { warnings { code message } } } }
    userErrors { field message code }
  }
}`,
    variables: { id: SEEDED_DRAFT, version: 1 },
  },
  {
    audience: 'reporting',
    title: 'Báo cáo: hồ sơ đề nghị theo trạng thái — dossiers by state and unit, items by award type, processing time',
    query: `query DossierFigures {
  proposals {
    groupedAggregates(groupBy: [STATE, UNIT]) { nodes { key { state unit { shortName } } count } }
    processingTime { decided averageDays p90Days }
  }
  proposalItems {
    groupedAggregates(groupBy: [AWARD_TYPE, OUTCOME]) { nodes { key { awardType { code } outcome } count } }
  }
}`,
  },
  {
    audience: 'reporting',
    title: 'Báo cáo: đóng góp theo phong trào và năm — contributions by movement and year',
    query: `query ContributionsByMovementAndYear {
  contributions {
    aggregates { count sum { amountVnd } }
    groupedAggregates(groupBy: [MOVEMENT, YEAR, KIND], orderBy: [{ field: YEAR, direction: DESC }], first: 20) {
      totalCount
      nodes { key { movement { name } year kind { code unitOfMeasure } } count sum { quantity amountVnd } }
    }
  }
}`,
  },
  {
    audience: 'reporting',
    title: 'Báo cáo: xếp hạng khối và mức thực hiện giao ước — bloc ranking and pledge fulfilment',
    query: `query RankingAndPledge {
  emulationBlocs(first: 1) {
    nodes {
      name
      ranking(year: 2022) { unit { shortName } totalPoints rank votesFor rankChange }
      pledges { nodes { year fulfilment { target { kind { code } targetQuantity } achievedQuantity quantityPercent } } }
    }
  }
}`,
  },
  {
    audience: 'administration',
    title: "Quản trị: hồ sơ thành tích của đơn vị — a unit's award history",
    query: `query UnitRecord {
  units(search: "so giao duc", first: 1) {
    nodes {
      name
      leaderships { nodes { year role } }
      awardHistory {
        nodes { achievementYear status awardType { name } decision { decisionNo signedOn } prizeAmountVnd }
      }
    }
  }
}`,
  },
  {
    audience: 'administration',
    title: 'Quản trị: nhật ký thao tác — the audit trail (ADMIN keys)',
    query: `query AuditTrail {
  auditEvents(first: 10) {
    nodes { databaseId occurredAt actorKeyId actorRole operation changes { entity id action before after } }
  }
}`,
  },
];
