/** Before any test file: if MySQL tests are on, make sure the server answers, once and clearly. */
import { assertMysqlReachable, testMysqlUrl } from './mysql-admin';

export default async function globalSetup(): Promise<void> {
  const url = testMysqlUrl();
  if (url) await assertMysqlReachable(url);
}
