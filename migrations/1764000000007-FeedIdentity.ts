/**
 * The change feed's identity: a random id made with the feed and carried in every cursor, so a
 * cursor from another database, or from before the feed's numbering started again, is refused
 * instead of silently waiting past new changes. Migrating this down and up again gives the feed a
 * new identity, which makes every consumer resynchronise: the safe answer whenever the numbering
 * may have changed.
 *
 * Plain ALTER TABLE on both engines (SQLite 3.35+ drops a column in place). The id is made here,
 * not by the database, because MySQL and SQLite share no function for it.
 */
import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedIdentity1764000000007 implements MigrationInterface {
  name = 'FeedIdentity1764000000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE change_feed_state ADD COLUMN feedId VARCHAR(36) NOT NULL DEFAULT ''");
    await queryRunner.query('UPDATE change_feed_state SET feedId = ? WHERE id = 1', [randomUUID()]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE change_feed_state DROP COLUMN feedId');
  }
}
