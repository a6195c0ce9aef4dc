/** German texts of the accessibility statement (ansicht=barrierefreiheit), loaded with it. */
export const deA11y = {
  'a11y.title': 'Erklärung zur Barrierefreiheit',
  'a11y.intro':
    'Der Quartiersexplorer {gebiet} soll für alle Menschen gut nutzbar sein. Diese Erklärung sagt, wie weit das gelingt, wie wir es prüfen und wie Sie uns Barrieren melden.',
  'a11y.scopeTitle': 'Für welche Seiten gilt diese Erklärung?',
  'a11y.scope':
    'Für alle Ansichten des Quartiersexplorers unter {address}: Karte, Streuung, Vergleich, Quartiersprofil, Präsentation, Beirat-Sitzung und Datenwerkstatt, auch eingebettet auf anderen Seiten.',
  'a11y.standardTitle': 'Welcher Maßstab gilt?',
  'a11y.standard':
    'Das Bremische Behindertengleichstellungsgesetz (BremBGG, §§ 13 und 14) verlangt barrierefreie Informationstechnik nach der europäischen Norm EN 301 549. Für Webseiten heißt das: die Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.',
  'a11y.stateTitle': 'Wie barrierefrei ist der Quartiersexplorer?',
  'a11y.state':
    'Der Quartiersexplorer ist teilweise mit WCAG 2.1 AA vereinbar. Die automatischen Prüfungen unten finden keine schweren Fehler; die folgenden Punkte sind bekannt und noch nicht oder nur teilweise barrierefrei:',
  'a11y.gap.1':
    'Die Karte selbst ist ein Bild (Canvas), das Bildschirmleser nicht lesen können. Jede Karte hat deshalb daneben eine Tabelle mit denselben Werten und eine Zusammenfassung in Worten; alle Kartenaktionen gehen auch mit der Tastatur und über die Tabelle.',
  'a11y.gap.2':
    'Das Quartiersprofil, die Suche und die Karte gibt es auf Deutsch, Englisch, Arabisch (von rechts nach links), Bulgarisch, Türkisch und Ukrainisch, Profil und Suche auch in Leichter Sprache; die Ansichten für Verwaltung und Beirat auf Deutsch und Englisch. Die Übersetzungen sind noch nicht von Muttersprachlerinnen und Muttersprachlern geprüft (siehe TRANSLATING.md), die Leichte Sprache noch nicht von einer Prüfgruppe; maßgeblich ist der deutsche Text.',
  'a11y.gap.3':
    'Die Dokumentation einer Beirat-Sitzung wird über die Druckfunktion des Browsers als PDF gespeichert. Ob diese PDF-Datei barrierefrei (PDF/UA) ist, hängt vom Browser ab und ist nicht geprüft.',
  'a11y.gap.4':
    'Eine optionale Hintergrundkarte aus dem Internet (nur wenn die Stadt sie eingerichtet hat) kommt von einem anderen Anbieter und ist nicht Teil dieser Prüfung.',
  'a11y.gap.5':
    'Eine Prüfung durch Menschen mit Behinderungen und ein Test nach BITV durch eine unabhängige Prüfstelle stehen noch aus. Geprüft wurde bisher nur mit den automatischen Tests unten.',
  'a11y.checksTitle': 'Wie wird geprüft?',
  'a11y.checks':
    'Bei jeder Änderung am Quartiersexplorer laufen diese Prüfungen automatisch in einem echten Browser (Chromium). Eine Änderung wird nur übernommen, wenn alle bestehen:',
  'a11y.check.1':
    'axe-core nach WCAG 2.1 A und AA: keine schweren oder kritischen Fehler in Karte, Streuung, Vergleich, Profil und Suche, Präsentation, Beirat-Sitzung und Datenwerkstatt.',
  'a11y.check.2':
    'Tastatur: Gebiete auf der Karte mit den Pfeiltasten wählen, Jahr und Ebene wechseln, Folien mit Tasten oder Presenter steuern, Punkte und Runden der Lean-Coffee-Tafel.',
  'a11y.check.3':
    'Kontrast: Gebietsgrenzen mindestens 3 : 1 gegen jede Klassenfarbe, Beschriftungen mindestens 4,5 : 1; Farbe trägt nie allein eine Bedeutung (Zahlen, Muster oder Text stehen dabei).',
  'a11y.check.4':
    'Kleine Bildschirme: Profil, Karte und Tafel auf 390 Pixel Breite ohne seitliches Scrollen und mit Bedienelementen von mindestens 44 Pixeln Höhe.',
  'a11y.check.5':
    'Großer Bildschirm: Präsentation und Tafel bei 1920 × 1080 und 3840 × 2160 mit Schrift ab 28 beziehungsweise 56 Pixeln.',
  'a11y.check.6':
    'Bildschirmleser: Änderungen (Auswahl, Ansicht, Runde der Tafel) werden in einem Live-Bereich angesagt; der Rundentimer nur bei Beginn und Ende.',
  'a11y.feedbackTitle': 'Barrieren melden',
  'a11y.feedback':
    'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Schreiben Sie uns. Die Nachricht ist vorbereitet und nennt die Ansicht, von der Sie kommen:',
  'a11y.feedbackLink': 'Nachricht zur Barrierefreiheit schreiben',
  'a11y.feedbackTo': 'an {address}',
  'a11y.feedbackNoAddress':
    'Für diese Installation ist noch keine Kontaktadresse eingetragen (config.json, Feld barrierefreiheit.kontakt). Die vorbereitete Nachricht öffnet sich ohne Empfänger; bitte senden Sie sie an die Stelle, die diese Seite betreibt.',
  'a11y.mailSubject': 'Barriere im Quartiersexplorer',
  'a11y.mailBody':
    'Guten Tag,\n\nim Quartiersexplorer ist mir eine Barriere aufgefallen.\n\nAnsicht: {link}\n\nWas ist passiert? (zum Beispiel: was wollten Sie tun, was hat nicht funktioniert, welches Hilfsmittel nutzen Sie)\n\n\nMit freundlichen Grüßen\n',
  'a11y.viewLink': 'Ansicht, von der Sie kommen: {link}',
  'a11y.mediationTitle': 'Schlichtungsverfahren',
  'a11y.mediation':
    'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie die Schlichtungsstelle nach § 22 BremBGG anrufen. Sie ist beim Landesbehindertenbeauftragten der Freien Hansestadt Bremen angesiedelt, hilft kostenlos und ohne Anwalt, Streit mit öffentlichen Stellen im Land Bremen außergerichtlich zu lösen. Der Antrag kann schriftlich oder elektronisch gestellt werden.',
  'a11y.mediationLink': 'Schlichtungsstelle der Freien Hansestadt Bremen (externe Seite)',
  'a11y.dateTitle': 'Stand dieser Erklärung',
  'a11y.date':
    'Erstellt am {created}. Zuletzt überprüft am {reviewed} (mit den automatischen Prüfungen dieser Version).',
  'a11y.back': 'Zurück zur Ansicht',
} as const;
