// The text of a PDF that pdf-lib wrote with its standard fonts: every content stream inflated,
// every shown string (hex, WinAnsi) decoded, one line per text-showing operator.
import { inflateSync } from 'node:zlib';

export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const source = pdf.toString('latin1');
  const streams = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      content = source.slice(start, end);
    }
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(Buffer.from(hex!, 'hex').toString('latin1'));
    streams.lastIndex = end + 'endstream'.length;
  }
  return lines.join('\n');
}
