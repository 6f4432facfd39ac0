// The breach record as a PDF (pdf-lib, standard fonts: nothing to bundle). A4, plain layout:
// headings, label/value lists and tables that wrap and break across pages, and on every page a
// footer with the incident, the page number and whether the audit timeline verifies.
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatInZone, formatUtc } from '../get-incident/time-zone.js';
import type { BreachRecord, RecordEntry } from './core.js';

const MARGIN = 48;
const FOOTER = 36;
const BLACK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.38, 0.4, 0.45);
const RED = rgb(0.7, 0.06, 0.06);
const RULE = rgb(0.82, 0.84, 0.88);

interface Fonts { regular: PDFFont; bold: PDFFont }

/** Letters that no accent makes: NFKD leaves them as they are. */
const UNACCENTED: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't', Ŀ: 'L', ŀ: 'l' };
interface Column { title: string; width: number }

class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private readonly width: number;
  private readonly charset: Set<number>;

  constructor(private readonly doc: PDFDocument, private readonly fonts: Fonts) {
    this.width = PageSizes.A4[0] - 2 * MARGIN;
    this.charset = new Set(fonts.regular.getCharacterSet());
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(PageSizes.A4);
    this.pages.push(this.page);
    this.y = PageSizes.A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN + FOOTER) this.newPage();
  }

  /** Letters written without their accents (see clean): the record says so, once. */
  transliterated = false;

  /**
   * Standard fonts speak WinAnsi only: a letter outside it is written without its accent ("Łódź"
   * as "Lodz", "Urząd" as "Urzad"), anything else as "?". The JSON record holds the exact text.
   */
  clean(value: string): string {
    const replaced = value
      .replace(/[\u2192\u21d2]/g, '->').replace(/\u2265/g, '>=').replace(/\u2264/g, '<=').replace(/\u2212/g, '-')
      .replace(/\t/g, '  ').replace(/\r/g, '');
    return [...replaced].map((c) => {
      if (c === '\n' || this.charset.has(c.codePointAt(0)!)) return c;
      const plain = (UNACCENTED[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, ''));
      if (plain !== '' && plain !== c && [...plain].every((p) => this.charset.has(p.codePointAt(0)!))) {
        this.transliterated = true;
        return plain;
      }
      return '?';
    }).join('');
  }

  wrap(value: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.clean(value).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A word wider than the column (a hash, a URL) is cut where it must be.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  private lineHeight = (size: number) => size * 1.32;

  text(value: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number; gapAfter?: number } = {}) {
    const size = options.size ?? 9.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of this.wrap(value, font, size, this.width - indent)) {
      this.ensure(this.lineHeight(size));
      this.y -= this.lineHeight(size);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color: options.color ?? BLACK });
    }
    this.y -= options.gapAfter ?? 2;
  }

  heading(value: string) {
    this.ensure(40);
    this.y -= 10;
    this.text(value, { size: 12.5, bold: true, gapAfter: 3 });
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.6, color: RULE });
    this.y -= 6;
  }

  /** Label / value rows; rows without a value are left out. */
  fields(rows: [string, string | undefined][]) {
    const labelWidth = 150;
    for (const [label, value] of rows) {
      if (value === undefined || value === '') continue;
      const labels = this.wrap(label, this.fonts.bold, 9, labelWidth - 8);
      const values = this.wrap(value, this.fonts.regular, 9.5, this.width - labelWidth);
      const height = Math.max(labels.length, values.length) * this.lineHeight(9.5);
      this.ensure(Math.min(height, 200));
      const top = this.y;
      values.forEach((line, i) => {
        if (i > 0 && top - (i + 1) * this.lineHeight(9.5) < MARGIN + FOOTER) return;
        this.page.drawText(line, { x: MARGIN + labelWidth, y: top - (i + 1) * this.lineHeight(9.5) + 2.4, size: 9.5, font: this.fonts.regular, color: BLACK });
      });
      labels.forEach((line, i) => this.page.drawText(line, { x: MARGIN, y: top - (i + 1) * this.lineHeight(9.5) + 2.4, size: 9, font: this.fonts.bold, color: GREY }));
      this.y = top - height - 2;
    }
  }

  /** A table whose header repeats on every page it spans. Widths are fractions of the text width. */
  table(columns: Column[], rows: string[][], size = 8.5) {
    const widths = columns.map((c) => c.width * this.width);
    const pad = 3;
    const drawRow = (cells: string[], bold: boolean) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = cells.map((cell, i) => this.wrap(cell, font, size, widths[i]! - 2 * pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * this.lineHeight(size) + 2 * pad;
      return { wrapped, height, font };
    };
    const header = drawRow(columns.map((c) => c.title), true);
    const paint = ({ wrapped, height, font }: ReturnType<typeof drawRow>, shade: boolean) => {
      if (shade) this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: this.width, height, color: rgb(0.94, 0.95, 0.97) });
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, j) => {
          this.page.drawText(line, { x: x + pad, y: this.y - pad - (j + 1) * this.lineHeight(size) + 2.2, size, font, color: shade ? GREY : BLACK });
        });
        x += widths[i]!;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.4, color: RULE });
    };
    const first = rows[0] ? drawRow(rows[0], false) : header;
    this.ensure(header.height + Math.min(first.height, 300));
    paint(header, true);
    for (const cells of rows) {
      const row = drawRow(cells, false);
      if (this.y - row.height < MARGIN + FOOTER) {
        this.newPage();
        paint(header, true);
      }
      paint(row, false);
    }
    this.y -= 6;
  }

  footer(left: string, right: (page: number, of: number) => string, alert: string | undefined) {
    this.pages.forEach((page, i) => {
      const size = 7.5;
      page.drawText(this.clean(left), { x: MARGIN, y: MARGIN - 14, size, font: this.fonts.regular, color: GREY });
      const r = this.clean(right(i + 1, this.pages.length));
      page.drawText(r, { x: MARGIN + this.width - this.fonts.regular.widthOfTextAtSize(r, size), y: MARGIN - 14, size, font: this.fonts.regular, color: GREY });
      if (alert) page.drawText(this.clean(alert), { x: MARGIN, y: MARGIN - 25, size, font: this.fonts.bold, color: RED });
    });
  }
}

const yesNo = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : undefined);

export async function breachRecordPdf(record: BreachRecord): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const zone = record.timeZone.id;
  const when = (instant: string | undefined | null) => (instant ? `${formatInZone(instant, zone)} (${formatUtc(instant)})` : undefined);
  const verification = record.timeline.verification;
  const broken = verification.verified
    ? undefined
    : `WARNING: the audit timeline does NOT verify: event ${verification.brokenAt?.seq} is ${verification.brokenAt?.problem}. This record may not reflect what happened.`;

  doc.setTitle(`Breach record ${record.incident.id}: ${record.incident.title}`);
  doc.setSubject('Record of a personal data breach (Art. 33(5) GDPR): facts, effects, remedial action taken');
  doc.setAuthor(record.facts.organization?.name ?? 'BreachClock');
  doc.setCreator('BreachClock');
  doc.setProducer('BreachClock (pdf-lib)');
  doc.setKeywords(['personal data breach', 'Art. 33(5) GDPR', record.incident.id]);
  doc.setCreationDate(new Date(record.generatedAt));
  doc.setModificationDate(new Date(record.generatedAt));

  const out = new Layout(doc, fonts);
  out.text('Record of a personal data breach', { size: 18, bold: true, gapAfter: 2 });
  out.text('Art. 33(5) GDPR: the facts relating to the breach, its effects and the remedial action taken', { size: 10, color: GREY, gapAfter: 8 });
  out.fields([
    ['Incident', `${record.incident.title}`],
    ['Reference', record.incident.id],
    ['Status', record.incident.status],
    ['Recorded', when(record.incident.recordedAt)],
    ['Closed', when(record.incident.closedAt) ?? 'not closed'],
    ['Times', `shown in ${zone}${record.timeZone.source === 'country' ? ' (the organisation\'s country)' : record.timeZone.source === 'country-capital-guess' ? ' (capital of the organisation\'s country: check)' : ''}, with UTC in brackets`],
    ['Generated', `${when(record.generatedAt)} by ${record.generatedBy}`],
    ['Audit timeline', verification.verified ? `verified: ${verification.eventCount} events, hash chain intact${record.timeline.head ? ` (head #${record.timeline.head.seq} ${record.timeline.head.hash.slice(0, 16)}...)` : ''}` : undefined],
  ]);
  if (broken) out.text(broken, { bold: true, color: RED, gapAfter: 6 });

  // 1. Facts
  const f = record.facts;
  out.heading('1. Facts');
  out.fields([
    ['Controller', f.organization && `${f.organization.name} (${f.organization.country}), ${f.organization.role}`],
    ['Sectors', f.organization?.sectors?.join(', ')],
    ['Contact point', f.organization?.contact],
    ['Reported by', f.reportedBy],
    ['Became aware', when(f.discoveredAt)],
    ['Breach occurred', when(f.occurredAt)],
    ['Nature', (f.breach?.types as string[] | undefined)?.map((t) => `${t} breach`).join(', ')],
    ['Cause', f.breach?.cause as string | undefined],
    ['Malicious', yesNo(f.breach?.malicious)],
    ['Exfiltration', f.breach?.exfiltration as string | undefined],
    ['Encryption of the data', f.breach?.encryption as string | undefined],
    ['Key compromised', yesNo(f.breach?.keyCompromised)],
    ['Backup available', yesNo(f.breach?.backupAvailable)],
    ['Recipient trusted', yesNo(f.breach?.recipientTrusted)],
    ['Publicly exposed', yesNo(f.breach?.publiclyExposed)],
    ['Ongoing', yesNo(f.breach?.ongoing)],
    ['Affected records', f.recordsSource ?? (f.inlineRecordCount ? `${f.inlineRecordCount} sample records classified at intake (not kept)` : undefined)],
    ['Security alert', f.alert && `${f.alert.source} ${f.alert.findingType}, severity ${f.alert.severity}, seen ${f.alert.occurrences} time(s)`],
    ['Description', f.description],
  ]);

  // 2. Effects
  const e = record.effects;
  out.heading('2. Effects');
  out.fields([
    ['People affected', e.subjectCount?.toString()],
    ['Kinds of people', e.subjectTypes?.join(', ')],
    ['Jurisdictions', e.jurisdictions.join(', ') || undefined],
    ['Risk to individuals', e.riskToIndividuals],
    ['Severity (ENISA)', e.severity && `SE = DPC x EI + CB = ${e.severity.dpc} x ${e.severity.ei} + ${e.severity.cb} = ${e.severity.score} (${e.severity.level})`],
  ]);
  if (e.categories.length) {
    out.table([{ title: 'Category of personal data', width: 0.6 }, { title: 'People concerned', width: 0.4 }], e.categories.map((c) => [c.category, String(c.subjects)]));
  }
  if (e.severity?.rationale.length) {
    out.text('Why this severity:', { bold: true, size: 9 });
    for (const line of e.severity.rationale) out.text(`- ${line}`, { indent: 10 });
  }
  const entries = (title: string, list: RecordEntry[], none: string) => {
    out.text(title, { bold: true, size: 9, gapAfter: 3 });
    if (!list.length) out.text(none, { color: GREY, indent: 10 });
    for (const entry of list) {
      out.text(`${when(entry.occurredAt ?? entry.at)}, recorded by ${entry.by} (${entry.role})${entry.occurredAt ? ` at ${formatUtc(entry.at)}` : ''}`, { size: 8.5, color: GREY, indent: 10, gapAfter: 0 });
      out.text(entry.text, { indent: 10, gapAfter: 5 });
    }
  };
  entries('Effects recorded by the responders:', e.recorded, 'None recorded.');

  // 3. Remedial action
  out.heading('3. Remedial action taken');
  entries('Measures taken or proposed:', record.remedialAction, 'No remedial action has been recorded (POST /incidents/{id}/updates).');
  if (record.notes.length) entries('Notes:', record.notes, '');

  // 4. Obligations
  out.heading('4. Notification obligations considered');
  out.text('Every regime that applies, with each of its obligations, required or not, and why.', { color: GREY, gapAfter: 4 });
  for (const o of record.obligations) {
    out.text(`${o.regime} - ${o.recipient}${o.stage ? ` (${o.stage})` : ''}: ${o.required ? 'REQUIRED' : 'not required'} - ${o.status}`, { bold: true, size: 10, gapAfter: 1 });
    out.fields([
      ['Why', o.reason],
      ['Citation', `${o.citation}${(o as { confidence?: string }).confidence ? ` (confidence ${(o as { confidence?: string }).confidence})` : ''}`],
      ['Deadline', o.deadline ? `${when(o.deadline)}, from ${o.startsFrom}` : `none (from ${o.startsFrom})`],
      ['Fulfilled', when(o.fulfilledAt)],
      ['Channel', o.channel],
      [o.status === 'waived' ? 'Waived because' : o.status === 'fulfilled' && o.note && o.note.length < 200 ? 'Reference' : 'How it was decided', o.note],
    ]);
    out.text('', { gapAfter: 2 });
  }

  // 5. Notices
  out.heading('5. Notices');
  if (!record.notices.length) out.text('No notice was drafted.', { color: GREY });
  else {
    out.table(
      [
        { title: 'Notice', width: 0.24 }, { title: 'To', width: 0.15 }, { title: 'Status', width: 0.17 },
        { title: 'Sent', width: 0.2 }, { title: 'Reference', width: 0.12 }, { title: 'Decided by', width: 0.12 },
      ],
      record.notices.map((n) => [
        `${n.subject}\n(${n.id})`,
        n.recipient === 'individuals' ? `${n.recipientCount ?? '?'} people (${n.channel})` : `${n.recipient} (${n.channel})`,
        n.status,
        n.sentAt ? `${formatUtc(n.sentAt)}${n.sentCount !== undefined ? `\n${n.sentCount} message(s)` : ''}` : '-',
        n.reference ?? '-',
        n.decidedBy ?? '-',
      ]),
    );
  }

  // 6. Decisions
  out.heading('6. Decisions');
  if (!record.decisions.length) out.text('No decision has been recorded.', { color: GREY });
  else {
    out.table(
      [{ title: '#', width: 0.05 }, { title: 'When (UTC)', width: 0.16 }, { title: 'By', width: 0.17 }, { title: 'Decision', width: 0.14 }, { title: 'On', width: 0.2 }, { title: 'Reason / reference', width: 0.28 }],
      record.decisions.map((d) => [
        String(d.seq),
        formatUtc(d.at),
        `${d.by} (${d.role})`,
        d.action,
        d.noticeId ?? d.obligationId ?? d.change ?? '-',
        [d.reason, d.reference && `reference ${d.reference}`, d.submittedAt && `submitted ${formatUtc(d.submittedAt)}`, d.late ? 'after the deadline' : ''].filter(Boolean).join('; ') || '-',
      ]),
    );
  }
  if (record.refusals) out.text(`The API refused ${record.refusals} request(s) on this incident to a role not allowed to make them (see the timeline).`, { color: GREY });

  // 7. Timeline
  out.heading('7. Audit timeline');
  out.text(
    verification.verified
      ? `The hash chain verifies: ${verification.eventCount} events, each carrying the hash of the one before it.`
      : broken!,
    { bold: !verification.verified, color: verification.verified ? BLACK : RED, gapAfter: 4 },
  );
  out.table(
    [{ title: '#', width: 0.06 }, { title: 'When (UTC)', width: 0.2 }, { title: 'Event', width: 0.3 }, { title: 'By', width: 0.44 }],
    record.timeline.events.map((ev) => [
      `${ev.seq}${verification.brokenAt?.seq === ev.seq ? ' !' : ''}`, formatUtc(ev.at), ev.type, ev.by,
    ]),
  );
  if (out.transliterated) {
    out.text('Letters outside this PDF\'s font (Polish, Czech, Baltic...) are written without their accents; the JSON record (?format=json) holds the exact text.', { color: GREY, gapAfter: 4 });
  }

  out.footer(
    `BreachClock - breach record ${record.incident.id} - generated ${formatUtc(record.generatedAt)}`,
    (page, of) => `page ${page} of ${of}`,
    broken ? 'Audit timeline does NOT verify' : undefined,
  );
  return doc.save({ useObjectStreams: false });
}
