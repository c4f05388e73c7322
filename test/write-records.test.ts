/**
 * The shared write path of maintained records: create, versioned update, soft delete and restore,
 * idempotency keys, input validation as userErrors, and one audit event per successful mutation.
 */
import { Role, type Caller } from '../src/auth/caller';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';

const CREATE_UNIT =
  `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id databaseId code name version } ` +
  `userErrors { field message code } } }`;
const UPDATE_UNIT =
  `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id name shortName version } userErrors ` +
  `{ field message code } } }`;
const DELETE_UNIT =
  `mutation($input: DeleteUnitInput!) { deleteUnit(input: $input) { unit { id deletedAt version } userErrors { ` +
  `field message code } } }`;
const RESTORE_UNIT =
  `mutation($input: RestoreUnitInput!) { restoreUnit(input: $input) { unit { id deletedAt version } userErrors { ` +
  `field message code } } }`;

describeEachEngine('maintained records: create, update, delete, restore', (ctx) => {
  const client = new GraphQLTestClient(() => ctx.dataSource);
  afterAll(() => client.stop());

  const auditCount = async (): Promise<number> =>
    Number((await ctx.dataSource.query('SELECT COUNT(*) AS n FROM audit_events'))[0].n);

  it('creates a record and writes one audit event with its values', async () => {
    const before = await auditCount();
    const { createUnit } = await client.data(CREATE_UNIT, {
      input: { code: 'SO_TEST', name: '  Sở Thử nghiệm ', kind: 'DEPARTMENT' },
    });
    expect(createUnit.userErrors).toEqual([]);
    expect(createUnit.unit).toMatchObject({ code: 'SO_TEST', name: 'Sở Thử nghiệm', version: 1 });
    expect(await auditCount()).toBe(before + 1);
    const [event] = await ctx.dataSource.query('SELECT * FROM audit_events ORDER BY id DESC LIMIT 1');
    expect(event.operation).toBe('createUnit');
    expect(event.actorRole).toBe('ADMIN');
    const changes = JSON.parse(event.changes);
    expect(changes).toEqual([
      expect.objectContaining({ entity: 'Unit', id: createUnit.unit.databaseId, action: 'create', before: null }),
    ]);
    expect(changes[0].after).toMatchObject({ code: 'SO_TEST', name: 'Sở Thử nghiệm', kind: 'DEPARTMENT' });
    // The search key is derived on this path too: accents folded.
    const found = await client.data(`{ units(search: "so thu nghiem") { nodes { code } } }`);
    expect(found.units.nodes).toEqual([{ code: 'SO_TEST' }]);
  });

  it('refuses a duplicate code and a too-long name as userErrors, changing nothing', async () => {
    const state = await databaseFingerprint(ctx.dataSource);
    const duplicate = await client.data(CREATE_UNIT, {
      input: { code: 'SO_TEST', name: 'Another', kind: 'DEPARTMENT' },
    });
    expect(duplicate.createUnit).toEqual({
      unit: null,
      userErrors: [{ field: ['input', 'code'], code: 'DUPLICATE', message: expect.any(String) }],
    });
    const tooLong = await client.data(CREATE_UNIT, {
      input: { code: 'SO_LONG', name: 'x'.repeat(256), kind: 'DEPARTMENT' },
    });
    expect(tooLong.createUnit.userErrors).toEqual([
      { field: ['input', 'name'], code: 'INVALID_INPUT', message: 'name must be at most 255 characters' },
    ]);
    const blank = await client.data(CREATE_UNIT, { input: { code: 'SO_BLANK', name: '   ', kind: 'DEPARTMENT' } });
    expect(blank.createUnit.userErrors[0]).toMatchObject({ field: ['input', 'name'], code: 'INVALID_INPUT' });
    const badParent = await client.data(CREATE_UNIT, {
      input: { code: 'SO_ORPHAN', name: 'Orphan', kind: 'DEPARTMENT', parentId: 'VW5pdDo5OTk5OTk' },
    });
    expect(badParent.createUnit.userErrors[0]).toMatchObject({ field: ['input', 'parentId'], code: 'NOT_FOUND' });
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(state);
  });

  it('updates only the fields given, bumps the version, and audits before → after', async () => {
    const { createUnit } = await client.data(CREATE_UNIT, {
      input: { code: 'SO_UPD', name: 'Sở Cũ', kind: 'DEPARTMENT' },
    });
    const { updateUnit } = await client.data(UPDATE_UNIT, {
      input: { id: createUnit.unit.id, expectedVersion: 1, name: 'Sở Mới', shortName: 'SM' },
    });
    expect(updateUnit).toEqual({
      unit: { id: createUnit.unit.id, name: 'Sở Mới', shortName: 'SM', version: 2 },
      userErrors: [],
    });
    const [event] = await ctx.dataSource.query('SELECT * FROM audit_events ORDER BY id DESC LIMIT 1');
    expect(event.operation).toBe('updateUnit');
    expect(JSON.parse(event.changes)).toEqual([
      {
        entity: 'Unit',
        id: createUnit.unit.databaseId,
        action: 'update',
        before: { name: 'Sở Cũ', shortName: null },
        after: { name: 'Sở Mới', shortName: 'SM' },
      },
    ]);
    // Clearing a field with null; a required field cannot be cleared.
    const cleared = await client.data(UPDATE_UNIT, {
      input: { id: createUnit.unit.id, expectedVersion: 2, shortName: null },
    });
    expect(cleared.updateUnit.unit).toMatchObject({ shortName: null, version: 3 });
    const state = await databaseFingerprint(ctx.dataSource);
    const nulled = await client.data(UPDATE_UNIT, {
      input: { id: createUnit.unit.id, expectedVersion: 3, name: null },
    });
    expect(nulled.updateUnit.userErrors).toEqual([
      { field: ['input', 'name'], code: 'INVALID_INPUT', message: 'name cannot be null' },
    ]);
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(state);
  });

  it('refuses a stale expectedVersion with STALE_VERSION and changes nothing', async () => {
    const { createUnit } = await client.data(CREATE_UNIT, {
      input: { code: 'SO_STALE', name: 'Sở A', kind: 'DEPARTMENT' },
    });
    await client.data(UPDATE_UNIT, { input: { id: createUnit.unit.id, expectedVersion: 1, name: 'Sở B' } });
    const state = await databaseFingerprint(ctx.dataSource);
    const stale = await client.data(UPDATE_UNIT, {
      input: { id: createUnit.unit.id, expectedVersion: 1, name: 'Sở C' },
    });
    expect(stale.updateUnit).toEqual({
      unit: null,
      userErrors: [
        { field: ['input', 'expectedVersion'], code: 'STALE_VERSION', message: expect.stringContaining('stale') },
      ],
    });
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(state);
  });

  it('soft-deletes (hidden from reads, kept) and restores', async () => {
    const { createUnit } = await client.data(CREATE_UNIT, {
      input: { code: 'SO_DEL', name: 'Sở Xóa', kind: 'DEPARTMENT' },
    });
    const { id } = createUnit.unit;
    const deleted = await client.data(DELETE_UNIT, { input: { id, expectedVersion: 1 } });
    expect(deleted.deleteUnit.unit.deletedAt).not.toBeNull();
    expect((await client.data(`query($id: ID!) { unit(id: $id) { id } }`, { id })).unit).toBeNull();
    const again = await client.data(DELETE_UNIT, { input: { id, expectedVersion: 2 } });
    expect(again.deleteUnit.userErrors[0].code).toBe('ALREADY_DELETED');
    const updateDeleted = await client.data(UPDATE_UNIT, { input: { id, expectedVersion: 2, name: 'x' } });
    expect(updateDeleted.updateUnit.userErrors[0].code).toBe('NOT_FOUND');
    const restored = await client.data(RESTORE_UNIT, { input: { id, expectedVersion: 2 } });
    expect(restored.restoreUnit.unit).toEqual({ id, deletedAt: null, version: 3 });
    expect((await client.data(`query($id: ID!) { unit(id: $id) { code } }`, { id })).unit).toEqual({ code: 'SO_DEL' });
    const notDeleted = await client.data(RESTORE_UNIT, { input: { id, expectedVersion: 3 } });
    expect(notDeleted.restoreUnit.userErrors[0].code).toBe('NOT_DELETED');
  });

  it('answers a repeated idempotency key with the first result, and refuses it with another input', async () => {
    const input = { code: 'SO_IDEM', name: 'Sở Một lần', kind: 'DEPARTMENT', idempotencyKey: 'portal-sync-0001' };
    const first = await client.data(CREATE_UNIT, { input });
    const events = await auditCount();
    const second = await client.data(CREATE_UNIT, { input });
    expect(second.createUnit).toEqual(first.createUnit);
    expect(await auditCount()).toBe(events);
    const reused = await client.data(CREATE_UNIT, { input: { ...input, name: 'Sở Khác' } });
    expect(reused.createUnit.userErrors).toEqual([
      { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) },
    ]);
    // Keys belong to the caller that sent them: another key's same idempotency key is a new create.
    const other: Caller = { keyId: 'other-admin', role: Role.ADMIN, unitId: null, name: 'other' };
    const fromOther = await client.as(other).data(CREATE_UNIT, { input: { ...input, code: 'SO_IDEM_2' } });
    expect(fromOther.createUnit.userErrors).toEqual([]);
  });

  it('lets an EDITOR write its own unit and the units under it, and nothing else', async () => {
    const parent = (
      await client.data(CREATE_UNIT, { input: { code: 'UB_HUYEN', name: 'UBND huyện', kind: 'DISTRICT' } })
    ).createUnit.unit;
    const stranger = (
      await client.data(CREATE_UNIT, { input: { code: 'UB_KHAC', name: 'UBND huyện khác', kind: 'DISTRICT' } })
    ).createUnit.unit;
    const editor = client.as({ keyId: 'editor-huyen', role: Role.EDITOR, unitId: parent.databaseId, name: 'editor' });
    const child = await editor.data(CREATE_UNIT, {
      input: { code: 'UB_XA', name: 'UBND xã', kind: 'COMMUNE', parentId: parent.id },
    });
    expect(child.createUnit.userErrors).toEqual([]);
    const own = await editor.data(UPDATE_UNIT, {
      input: { id: child.createUnit.unit.id, expectedVersion: 1, shortName: 'Xã' },
    });
    expect(own.updateUnit.userErrors).toEqual([]);
    const state = await databaseFingerprint(ctx.dataSource);
    const outside = await editor.run(UPDATE_UNIT, {
      input: { id: stranger.id, expectedVersion: 1, name: 'Taken over' },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moveOut = await editor.run(UPDATE_UNIT, {
      input: { id: child.createUnit.unit.id, expectedVersion: 2, parentId: stranger.id },
    });
    expect(moveOut.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const topLevel = await editor.run(CREATE_UNIT, { input: { code: 'UB_TOP', name: 'Top', kind: 'DISTRICT' } });
    expect(topLevel.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reader = await client
      .as({ keyId: 'reader', role: Role.READER, unitId: null, name: 'reader' })
      .run(UPDATE_UNIT, { input: { id: stranger.id, expectedVersion: 1, name: 'x' } });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(ctx.dataSource)).toEqual(state);
  });
});
