import type { deA11y } from './de.a11y.ts';

/** English texts of the accessibility statement. */
export const enA11y: Record<keyof typeof deA11y, string> = {
  'a11y.title': 'Accessibility statement',
  'a11y.intro':
    'The Quartiersexplorer {gebiet} should be easy to use for everyone. This statement says how far that is achieved, how we check it and how you can report barriers.',
  'a11y.scopeTitle': 'Which pages does this statement cover?',
  'a11y.scope':
    'All views of the Quartiersexplorer at {address}: map, scatter plot, comparison, area profile, presentation, Beirat meeting and data workshop, also when embedded in other pages.',
  'a11y.standardTitle': 'Which standard applies?',
  'a11y.standard':
    "Bremen's disability equality act (BremBGG, sections 13 and 14) requires accessible information technology according to the European standard EN 301 549. For web pages this means the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.",
  'a11y.stateTitle': 'How accessible is the Quartiersexplorer?',
  'a11y.state':
    'The Quartiersexplorer is partially compliant with WCAG 2.1 AA. The automated checks below find no serious errors; the following points are known and not, or only partly, accessible yet:',
  'a11y.gap.1':
    'The map itself is an image (canvas) that screen readers cannot read. Every map therefore has a table with the same values and a summary in words beside it; every map action also works by keyboard and through the table.',
  'a11y.gap.2':
    'The area profile, search and map are available in German, English, Arabic (right to left), Bulgarian, Turkish and Ukrainian, profile and search also in easy-to-read German (Leichte Sprache); the views for the administration and the Beirat in German and English. The translations have not yet been reviewed by native speakers (see TRANSLATING.md), the Leichte Sprache not yet by a review group; the German text is authoritative.',
  'a11y.gap.3':
    "A Beirat meeting's Dokumentation is saved as PDF through the browser's print function. Whether that PDF is accessible (PDF/UA) depends on the browser and has not been checked.",
  'a11y.gap.4':
    'An optional online background map (only where the city has set one up) comes from another provider and is not part of these checks.',
  'a11y.gap.5':
    'A test by people with disabilities and a BITV test by an independent body are still outstanding. So far only the automated checks below have been run.',
  'a11y.checksTitle': 'How is it checked?',
  'a11y.checks':
    'With every change to the Quartiersexplorer these checks run automatically in a real browser (Chromium). A change is only accepted when all of them pass:',
  'a11y.check.1':
    'axe-core for WCAG 2.1 A and AA: no serious or critical errors in the map, scatter plot, comparison, profile and search, presentation, Beirat meeting and data workshop.',
  'a11y.check.2':
    "Keyboard: choosing areas on the map with the arrow keys, changing year and level, driving slides by key or clicker, the Lean Coffee board's dots and rounds.",
  'a11y.check.3':
    'Contrast: area outlines at least 3:1 against every class colour, labels at least 4.5:1; colour never carries meaning alone (numbers, patterns or text go with it).',
  'a11y.check.4':
    'Small screens: profile, map and board at 390 pixels wide without sideways scrolling and with controls at least 44 pixels high.',
  'a11y.check.5':
    'Large screens: presentation and board at 1920 × 1080 and 3840 × 2160 with type from 28 or 56 pixels.',
  'a11y.check.6':
    "Screen readers: changes (selection, view, the board's round) are announced in a live region; the round timer only at its start and end.",
  'a11y.feedbackTitle': 'Report a barrier',
  'a11y.feedback':
    'Have you found a barrier, or do you need content in another form? Write to us. The message is prepared and names the view you came from:',
  'a11y.feedbackLink': 'Write a message about accessibility',
  'a11y.feedbackTo': 'to {address}',
  'a11y.feedbackNoAddress':
    'No contact address has been set for this installation yet (config.json, field barrierefreiheit.kontakt). The prepared message opens without a recipient; please send it to the office that runs this site.',
  'a11y.mailSubject': 'Barrier in the Quartiersexplorer',
  'a11y.mailBody':
    'Hello,\n\nI found a barrier in the Quartiersexplorer.\n\nView: {link}\n\nWhat happened? (for example: what you wanted to do, what did not work, which assistive technology you use)\n\n\nKind regards\n',
  'a11y.viewLink': 'The view you came from: {link}',
  'a11y.mediationTitle': 'Mediation',
  'a11y.mediation':
    "If you do not receive a satisfactory answer to your report, you can turn to the mediation body under section 22 BremBGG. It is based at the office of the Free Hanseatic City of Bremen's commissioner for people with disabilities and helps free of charge, without a lawyer, to settle disputes with public bodies in the Land Bremen out of court. The application can be made in writing or electronically.",
  'a11y.mediationLink': 'Mediation body of the Free Hanseatic City of Bremen (external page, German)',
  'a11y.dateTitle': 'Date of this statement',
  'a11y.date':
    'Prepared on {created}. Last reviewed on {reviewed} (with the automated checks of this version).',
  'a11y.back': 'Back to the view',
};
