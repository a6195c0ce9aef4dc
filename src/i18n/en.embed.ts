import type { deEmbed } from './de.embed.ts';

/** English texts of the embed builder. */
export const enEmbed: Record<keyof typeof deEmbed, string> = {
  'embedder.title': 'Embed on your own page',
  'embedder.intro':
    'The city can show the map, profile, comparison or scatter plot on its own pages. Choose view, size and language; the Quartiersexplorer writes the HTML snippet (iframe) to paste. The embedded view shows the data date, sources and status and a link to the full Quartiersexplorer.',
  'embedder.view': 'View',
  'embedder.area': 'Area',
  'embedder.areaNone': '– none –',
  'embedder.indicator': 'Indicator',
  'embedder.language': 'Language',
  'embedder.size': 'Size',
  'embedder.size.breit': 'Wide (800 × 600)',
  'embedder.size.hoch': 'Tall, for phones (400 × 720)',
  'embedder.size.quadrat': 'Square (600 × 600)',
  'embedder.size.eigen': 'Own size',
  'embedder.width': 'Width (pixels)',
  'embedder.height': 'Height (pixels)',
  'embedder.frameTitle': 'Quartiersexplorer: {what}',
  'embedder.snippet': 'HTML snippet',
  'embedder.copy': 'Copy snippet',
  'embedder.copied': 'The snippet is on the clipboard.',
  'embedder.copyFailed': 'Copying did not work; please select and copy the snippet in the field.',
  'embedder.preview': 'Preview',
  'embedder.hosting':
    'For browsers to allow the embedding, the Quartiersexplorer\'s web server must name the city\'s site in frame-ancestors: in public/config.json under "einbettung": {"erlaubt": ["https://www.…"]}; the build writes it into _headers, the line for nginx and Apache is in the README.',
};
