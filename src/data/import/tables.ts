import { applyMapping, withShares, type Applied, type MappingContext, type TableMapping } from './mapping.ts';
import type { ReadResult } from './read.ts';
import type { Decimal } from './cells.ts';
import type { TableLayout, TableSummary } from './structure.ts';

/**
 * The tables read stay where they were read (the worker): the page gets their summaries, and a
 * mapping is applied by reference — a 10,000-row body is never copied to the page and back.
 */
export class KeptTables {
  private tables = new Map<string, TableLayout>();

  keep(result: ReadResult, prefix: string): ReadResult<TableSummary> {
    if (result.art !== 'tabelle') return result;
    return {
      ...result,
      tables: result.tables.map(({ layout, proposal }, i) => {
        const ref = `${prefix}-${i}`;
        this.tables.set(ref, layout);
        const { body, ...rest } = layout;
        return { layout: { ...rest, rows: body.length, ref }, proposal };
      }),
    };
  }

  /** The mapping applied (with a share question for every share column it fills), and its values. */
  apply(
    ref: string,
    datei: string,
    mapping: TableMapping,
    ctx: MappingContext,
    decimal: Decimal,
  ): { applied: Applied; mapping: TableMapping } {
    const layout = this.tables.get(ref);
    if (!layout) throw new Error(`Tabelle ${ref} ist nicht mehr geladen`);
    const m = withShares(mapping, layout, ctx, decimal);
    return { applied: applyMapping(datei, layout, m, ctx, decimal), mapping: m };
  }
}
