/**
 * The operations the playground opens with, one set per audience. A test runs every one of them
 * against the article's data, so they cannot drift from the schema.
 */
export interface PlaygroundExample {
  audience: 'portal' | 'reporting' | 'administration';
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

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
