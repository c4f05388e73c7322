/**
 * CSV downloads over HTTP: the same figures as groupedAggregates, with the key header or a signed
 * link (tampering, expiry of the key, revocation refused), RFC 4180 quoting, formula injection made
 * inert, a UTF-8 BOM and bilingual headers.
 */
import { issueApiKey, revokeApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { csvCell } from '../src/reports/csv';
import { LinkSigner } from '../src/reports/download-links';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

describe('CSV cells', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('Sở Y tế')).toBe('Sở Y tế');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const dangerous of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(dangerous).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(8)).toBe('8');
    expect(csvCell(null)).toBe('');
  });

  it('signs links that break when a parameter changes or time runs out', () => {
    const signer = new LinkSigner('x'.repeat(32), 60);
    const now = new Date('2026-01-01T00:00:00Z');
    const { url } = signer.sign('/reports/awards.csv', { groupBy: 'LEVEL' }, 'abcd1234', now);
    const params = new URL(url, 'http://h').searchParams;
    expect(signer.verify('/reports/awards.csv', params, now)).toBe('abcd1234');
    expect(() => signer.verify('/reports/contributions.csv', params, now)).toThrow('signature');
    const tampered = new URLSearchParams(params);
    tampered.set('groupBy', 'UNIT');
    expect(() => signer.verify('/reports/awards.csv', tampered, now)).toThrow('signature');
    expect(() => signer.verify('/reports/awards.csv', params, new Date(now.getTime() + 61_000))).toThrow('expired');
  });
});

describeEachEngine(
  'CSV downloads',
  (ctx) => {
    let service: RunningService;
    let reporter = '';
    let admin = '';
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx);
      reporter = (await issueApiKey(ctx.dataSource, { role: Role.REPORTER, name: 'báo cáo' })).key;
      admin = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'admin' })).key;
    });
    afterAll(() => service?.stop());

    const get = (path: string, key?: string) =>
      fetch(`${service.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    const graphql = async (key: string, query: string, variables: object = {}): Promise<any> => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: unknown }).data;
    };
    const filter = { year: { eq: 2022 }, movement: { code: { eq: 'VI_NGUOI_NGHEO' } } };
    const query = `groupBy=BLOC,KIND&filter=${encodeURIComponent(JSON.stringify(filter))}`;

    it('streams the grouped figures as CSV with a BOM and bilingual headers', async () => {
      const response = await get(`/reports/contributions.csv?${query}`, reporter);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain(
        'attachment; filename="contributions-bloc-kind.csv"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      expect(lines[0]).toBe(
        [
          'Khối (đóng góp của chính khối) (mã) / bloc code',
          'Khối (đóng góp của chính khối) / bloc',
          'Loại (mã) / kind code',
          'Loại / kind',
          'Số bản ghi / count',
          'Tổng Số lượng / sum quantity',
          'Tổng Giá trị (VND) / sum amountVnd',
          'Trung bình Số lượng / average quantity',
          'Trung bình Giá trị (VND) / average amountVnd',
          'Nhỏ nhất Số lượng / min quantity',
          'Nhỏ nhất Giá trị (VND) / min amountVnd',
          'Lớn nhất Số lượng / max quantity',
          'Lớn nhất Giá trị (VND) / max amountVnd',
        ].join(','),
      );
      const house = lines.find((l) => l.includes(',HOUSE,'))!;
      // A kind's name with a comma is quoted; the figures follow: count, sums, averages, minima, maxima.
      expect(house).toContain(',HOUSE,"Nhà ở xây tặng (nhà đại đoàn kết, nhà tình nghĩa)",');
      expect(house.endsWith(',1,8,800000000,8.00,800000000,8,800000000,8,800000000')).toBe(true);
      expect(lines.find((l) => l.includes(',STUDENT_SUPPORT,'))!.endsWith(',1,25,,25.00,,25,,25,')).toBe(true);
      expect(lines.at(-1)).toBe('');
    });

    it('leaves quantities out when several kinds are mixed, and neutralises formulas in names', async () => {
      await graphql(
        admin,
        `
          mutation {
            createMovement(
              input: {
                code: "CSV_TEST"
                name: "=HYPERLINK(\\"http://x\\", \\"bấm\\")"
                kind: REGULAR
                scope: PROVINCIAL
              }
            ) {
              userErrors {
                code
              }
            }
          }
        `,
      );
      const ids = await graphql(
        admin,
        `
          {
            movements(filter: { code: { eq: "CSV_TEST" } }) {
              nodes {
                id
              }
            }
            emulationBlocs {
              nodes {
                id
              }
            }
            contributionKinds(first: 1) {
              nodes {
                id
              }
            }
          }
        `,
      );
      await graphql(
        admin,
        `
          mutation ($m: ID!, $b: ID!, $k: ID!) {
            createContribution(input: { movementId: $m, blocId: $b, kindId: $k, year: 2022, amountVnd: "5" }) {
              userErrors {
                code
              }
            }
          }
        `,
        { m: ids.movements.nodes[0].id, b: ids.emulationBlocs.nodes[0].id, k: ids.contributionKinds.nodes[0].id },
      );
      const text = await (await get('/reports/contributions.csv?groupBy=movement', reporter)).text();
      const [header, ...rows] = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).not.toContain('quantity');
      expect(rows.find((r) => r.startsWith('CSV_TEST,'))).toBe(
        `CSV_TEST,"'=HYPERLINK(""http://x"", ""bấm"")",1,5,5,5,5`,
      );
    });

    it('refuses a missing key, a READER key and bad parameters with a coded JSON error', async () => {
      const anonymous = await get(`/reports/contributions.csv?${query}`);
      expect(anonymous.status).toBe(401);
      expect(
        ((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe('UNAUTHENTICATED');
      const reader = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'r' })).key;
      expect((await get(`/reports/contributions.csv?${query}`, reader)).status).toBe(403);
      expect((await get('/reports/contributions.csv?groupBy=COLOUR', reporter)).status).toBe(400);
      expect((await get('/reports/contributions.csv?groupBy=YEAR&filter={nope', reporter)).status).toBe(400);
      expect(
        (await get(`/reports/awards.csv?groupBy=LEVEL&having=${encodeURIComponent('{"count":{"gt":"x"}}')}`, reporter))
          .status,
      ).toBe(400);
    });

    it('hands out a signed link that works without the key, until tampered with or the key is revoked', async () => {
      const { key, keyId } = await issueApiKey(ctx.dataSource, { role: Role.REPORTER, name: 'trình duyệt' });
      const data = await graphql(
        key,
        `
          {
            awardsCsvLink(groupBy: [CATEGORY, LEVEL], filter: { achievementYear: { eq: 2022 } }) {
              url
              expiresAt
            }
          }
        `,
      );
      const { url, expiresAt } = data.awardsCsvLink;
      expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
      const ok = await get(url);
      expect(ok.status).toBe(200);
      const text = await ok.text();
      expect(text.split('\r\n')[1]).toMatch(/^(TITLE|CERTIFICATE_OF_MERIT),PROVINCE,1,/);
      expect((await get(url.replace('LEVEL', 'UNIT'))).status).toBe(401);
      await revokeApiKey(ctx.dataSource, keyId);
      expect((await get(url)).status).toBe(401);
    });
  },
  { sqlite: 'file' },
);
