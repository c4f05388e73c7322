/**
 * The frame every database command shares: read the configuration, open the database, run the
 * command, close the database, and end the process with one line on stderr if anything failed.
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../db/connect';
import { die } from '../exit';

export type Print = (line: string) => void;

export async function withDatabase(
  command: (dataSource: DataSource, print: Print, config: Config) => Promise<void>,
  print: Print = (line) => console.log(line),
): Promise<void> {
  let dataSource: DataSource | undefined;
  try {
    const config = loadConfig(process.env);
    print(`database: ${config.database.description}`);
    dataSource = await openDatabase(config.database);
    await command(dataSource, print, config);
    await dataSource.destroy();
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    die(error);
  }
}
