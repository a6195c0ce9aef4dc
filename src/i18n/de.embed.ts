/** German texts of the embed builder (ansicht=einbetten), loaded with it. */
export const deEmbed = {
  'embedder.title': 'Auf einer eigenen Seite einbetten',
  'embedder.intro':
    'Die Stadt kann Karte, Profil, Vergleich oder Streuung auf ihren eigenen Seiten zeigen. Wählen Sie Ansicht, Größe und Sprache; der Quartiersexplorer erzeugt den HTML-Baustein (iframe) zum Einfügen. Die eingebettete Ansicht zeigt Datenstand, Quellen und Status und einen Link zum vollständigen Quartiersexplorer.',
  'embedder.view': 'Ansicht',
  'embedder.area': 'Gebiet',
  'embedder.areaNone': '– keines –',
  'embedder.indicator': 'Indikator',
  'embedder.language': 'Sprache',
  'embedder.size': 'Größe',
  'embedder.size.breit': 'Breit (800 × 600)',
  'embedder.size.hoch': 'Hoch, für Telefone (400 × 720)',
  'embedder.size.quadrat': 'Quadratisch (600 × 600)',
  'embedder.size.eigen': 'Eigene Größe',
  'embedder.width': 'Breite (Pixel)',
  'embedder.height': 'Höhe (Pixel)',
  'embedder.frameTitle': 'Quartiersexplorer: {what}',
  'embedder.snippet': 'HTML-Baustein',
  'embedder.copy': 'Baustein kopieren',
  'embedder.copied': 'Der Baustein ist in der Zwischenablage.',
  'embedder.copyFailed': 'Kopieren ging nicht; bitte markieren und kopieren Sie den Baustein im Feld.',
  'embedder.preview': 'Vorschau',
  'embedder.hosting':
    'Damit der Browser die Einbettung erlaubt, muss der Webserver des Quartiersexplorers die Seite der Stadt in frame-ancestors nennen: in public/config.json unter "einbettung": {"erlaubt": ["https://www.…"]}; der Build schreibt das in _headers, für nginx und Apache steht die Zeile im README.',
} as const;
