/**
 * `npm start`'s process entry. The settings are checked before the service's modules load (most of
 * the time a start takes before it opens the database), so a mistyped setting is reported at once.
 */
import { loadConfig } from './config';
import { die } from './exit';

try {
  loadConfig(process.env);
  void import('./main').then(({ main }) => main());
} catch (error) {
  die(error);
}
