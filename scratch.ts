import { readFileSync, writeFileSync } from 'node:fs';
import { loadOutline } from './tools/geo/outline.ts';
import { toMetric, mapMulti } from './tools/geo/crs.ts';
import { planarArea, union, snap, intersection } from './tools/geo/polygon.ts';
import { fitPowerDiagram } from './tools/geo/fit.ts';
import { loadSeeds } from './tools/geo/seeds.ts';
import { parseCsv } from './tools/lib/csv.ts';
const o = loadOutline('.cache/geo');
const m = (x: any) => snap(mapMulti(x, toMetric));
const region = union(m(o.land), m(o.water));
const seeds = loadSeeds('tools/geo/erzeugungspunkte.csv');
const fig = parseCsv(readFileSync('../shared/data/ortsteile_figures.csv','utf8')).rows.filter(r=>r.level==='ortsteil'&&r.indicator==='area_km2'&&r.year==='2018');
const area = new Map(fig.map(r=>[r.area_key!, Number(r.value)*1e6]));
const st = (k:string)=>k.slice(0,2);
const tStadt = new Map<string,number>(); for (const [k,a] of area) tStadt.set(st(k),(tStadt.get(st(k))??0)+a);
const sites1 = seeds.map(s=>({p: toMetric([s.lon,s.lat]), group: st(s.gebiet), anchored: s.herkunft!=='geschaetzt' && s.konfidenz!=='low'}));
let t=Date.now();
const l1 = fitPowerDiagram({region, sites: sites1, targets: tStadt});
(globalThis as any).dbg=1;
console.log('L1', l1.iterations, Date.now()-t, [...l1.relativeErrors].map(([k,e])=>k+':'+(e*100).toFixed(2)).join(' '));
const out: any[] = [];
for (const [sk, S] of l1.parts) {
  const os = [...area.keys()].filter(k=>st(k)===sk);
  if (os.length===1) { out.push({key: os[0], geom: S}); continue; }
  const sites2 = seeds.filter(s=>s.ebene==='ortsteil'&&st(s.gebiet)===sk).map(s=>({p: toMetric([s.lon,s.lat]), group: s.gebiet, anchored: s.herkunft!=='geschaetzt' && s.konfidenz!=='low'}));
  let reg = S; const tg = new Map(os.map(k=>[k, area.get(k)!])); let wat: any = null;
  if (sk==='14') { const land = m(o.land); reg = intersection(S, land); wat = intersection(S, m(o.water)); const sc = planarArea(S)/[...tg.values()].reduce((a,b)=>a+b); tg.set('141', tg.get('141')! - planarArea(wat)/sc); console.log('water', planarArea(wat)/1e6, tg.get('141')!/1e6);}
  const l2 = fitPowerDiagram({region: reg, sites: sites2, targets: tg, reassignOrphans: false});
  if (wat) l2.parts.set('141', union(l2.parts.get('141')!, wat));
  console.log('moved', l2.moved.map(x=>x.group));
  console.log('L2', sk, l2.iterations, [...l2.relativeErrors].map(([k,e])=>k+':'+(e*100).toFixed(2)).join(' '));
  for (const [k,g] of l2.parts) out.push({key:k, geom:g});
}
console.log('total', Date.now()-t);
writeFileSync('.cache/scratch.json', JSON.stringify({out, seeds: seeds.map(s=>({k:s.gebiet,p:toMetric([s.lon,s.lat])})), port: m(o.port)}));
writeFileSync('.cache/scratch2.json', JSON.stringify({water: m(o.water), land: m(o.land)}));
