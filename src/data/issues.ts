/** A validation finding that names the file, the row or feature, and the field. */
export interface Issue {
  datei: string;
  /** 1-based line in a CSV file, or the feature/entry index or id in a JSON file. */
  ort?: string;
  feld?: string;
  meldung: string;
}

export const formatIssue = (i: Issue): string =>
  [i.datei, i.ort, i.feld ? `Feld ${i.feld}` : undefined].filter(Boolean).join(', ') + `: ${i.meldung}`;

export class IssueList {
  readonly items: Issue[] = [];
  add(datei: string, meldung: string, ort?: string, feld?: string): void {
    this.items.push({
      datei,
      meldung,
      ...(ort !== undefined ? { ort } : {}),
      ...(feld !== undefined ? { feld } : {}),
    });
  }
}
