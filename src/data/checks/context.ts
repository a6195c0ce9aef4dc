import type { AggregationContext } from '../../domain/aggregate.ts';
import type { IssueList } from '../issues.ts';
import type { DataPackage } from '../package.ts';
import type { AreaRow, Indicator } from '../schemas.ts';

/** What every rule of the package check reads: the package, its lookups, and where problems go. */
export interface CheckContext {
  pkg: DataPackage;
  issues: IssueList;
  areas: ReadonlyMap<string, AreaRow>;
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlySet<string>;
}

/** After the observation rules: every value by obsKey, and the aggregation over them. */
export interface ValueContext extends CheckContext {
  values: ReadonlyMap<string, number>;
  agg: AggregationContext;
}
