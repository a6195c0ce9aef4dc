export function buildFacilities(_shared: string, _geo: string): string {
  throw new Error('noch nicht');
}
