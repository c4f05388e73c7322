/**
 * Per-request batching of reports asked for under many parents: `fulfilment` on every pledge of a
 * list costs one SQL statement, not one per pledge.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { fulfilmentOfPledges, type TargetFulfilment } from '../reports/pledge-fulfilment';

const fulfilmentLoaders = new WeakMap<object, DataLoader<number, TargetFulfilment[]>>();

export function pledgeFulfilmentLoader(
  request: object,
  dataSource: DataSource,
): DataLoader<number, TargetFulfilment[]> {
  let loader = fulfilmentLoaders.get(request);
  if (!loader) {
    loader = new DataLoader(async (pledgeIds) => {
      const rows = await fulfilmentOfPledges(dataSource, pledgeIds);
      return pledgeIds.map((id) => rows.filter((row) => row.pledgeId === id));
    });
    fulfilmentLoaders.set(request, loader);
  }
  return loader;
}
