import { describe, expect, it } from 'vitest';
import { IssueList } from '../../src/data/issues.ts';
import { parseCsvFile } from '../../src/data/parse.ts';
import * as z from 'zod/mini';
import { observationRowSchema } from '../../src/data/schemas.ts';

const HEAD = 'gebiet,indikator,jahr,wert,quelle,prognose';
const parse = (body: string) => {
  const issues = new IssueList();
  const r = parseCsvFile('b.csv', `${HEAD}\n${body}`, observationRowSchema, HEAD.split(','), issues);
  return { ...r, issues: issues.items };
};

describe('parseCsvFile', () => {
  it('checks each distinct value once but reports it on every row that has it', () => {
    const r = parse(
      ['215,einwohner,2018,6000,q,0', '215,einwohner,20x8,6001,q,0', '212,einwohner,20x8,5,q,2'].join('\n'),
    );
    expect(r.rows).toEqual([
      { gebiet: '215', indikator: 'einwohner', jahr: 2018, wert: 6000, quelle: 'q', prognose: false },
    ]);
    expect(r.lines).toEqual([2]);
    expect(r.issues.map((i) => [i.ort, i.feld])).toEqual([
      ['Zeile 3', 'jahr'],
      ['Zeile 4', 'jahr'],
      ['Zeile 4', 'prognose'],
    ]);
    expect(r.issues[0]!.meldung).toMatch(/Jahr muss eine Zahl sein .*„20x8“/);
  });

  it('keeps checks across fields for schemas that have them', () => {
    const issues = new IssueList();
    const schema = z
      .object({ von: z.string(), bis: z.string() })
      .check(z.refine((r) => r.von <= r.bis, { message: 'bis vor von', path: ['bis'] }));
    parseCsvFile('g.csv', 'von,bis\n2,1\n1,2\n', schema, ['von', 'bis'], issues);
    expect(issues.items.map((i) => [i.ort, i.feld])).toEqual([['Zeile 2', 'bis']]);
  });
});
