import { describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/fold.ts';

describe('search folding', () => {
  it.each([
    ['Grünhöfe', 'gruenhoefe'],
    ['Grünhöfe', 'grunhofe'],
    ['Leherheide-West', 'leherheide  west'],
    ['Geestemünde', 'GEESTEMUNDE'],
    ['Straße', 'strasse'],
  ])('%s matches %s', (a, b) => expect(fold(a)).toBe(fold(b)));

  it('keeps different names apart', () => {
    expect(fold('Lehe')).not.toBe(fold('Leherheide'));
  });
});
