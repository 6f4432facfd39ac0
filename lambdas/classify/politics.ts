// Political parties by the names and abbreviations their members and voters write: in a column
// named only "Partei", "parti", "partido", "partito", "partij" or "partia", a party's name reveals a
// political opinion (GDPR Art. 9(1)); a contract's party ("Partei: Max Mustermann") does not.
// Parties with seats in their national parliament in 2025, as Wikipedia lists them (secondary source).

const PARTIES: ReadonlySet<string> = new Set([
  // Germany and Austria.
  'spd', 'cdu', 'csu', 'cdu/csu', 'fdp', 'grüne', 'gruene', 'die grünen', 'bündnis 90/die grünen', 'b90/grüne', 'die linke', 'linke',
  'afd', 'bsw', 'freie wähler', 'ödp', 'piraten', 'piratenpartei', 'volt', 'övp', 'spö', 'fpö', 'neos',
  // France.
  'ps', 'parti socialiste', 'lr', 'les républicains', 'rn', 'rassemblement national', 'lfi', 'la france insoumise', 'eelv',
  'les écologistes', 'modem', 'renaissance', 'horizons', 'pcf', 'reconquête',
  // Spain.
  'pp', 'partido popular', 'psoe', 'vox', 'podemos', 'sumar', 'ciudadanos', 'erc', 'pnv', 'junts', 'eh bildu', 'bildu',
  // Italy.
  'pd', 'partito democratico', 'fdi', "fratelli d'italia", 'lega', 'm5s', 'movimento 5 stelle', 'forza italia', 'avs', 'azione', 'italia viva',
  // The Netherlands.
  'vvd', 'pvv', 'cda', 'd66', 'groenlinks', 'pvda', 'groenlinks-pvda', 'gl-pvda', 'sp', 'pvdd', 'partij voor de dieren', 'ja21', 'fvd',
  'nsc', 'bbb', 'christenunie', 'sgp', 'denk',
  // Poland and Portugal.
  'pis', 'prawo i sprawiedliwość', 'po', 'platforma obywatelska', 'ko', 'koalicja obywatelska', 'psl', 'lewica', 'konfederacja',
  'polska 2050', 'psd', 'chega', 'il', 'iniciativa liberal', 'be', 'bloco de esquerda', 'pcp', 'cds-pp', 'livre', 'pan',
]);

/** Whether a value names a political party (see PARTIES); case and surrounding spaces aside. */
export function isPoliticalParty(value: string): boolean {
  return PARTIES.has(value.trim().toLowerCase());
}
