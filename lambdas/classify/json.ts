// JSON records: JSON Lines, and JSON documents (an array of records, records one after another,
// or an object wrapping an array of records), each streamed item by item.
import { ValidationError } from '../shared/errors.js';
import { describeColumn, pickSubjectKey } from './detectors.js';
import { BATCH_ROWS, MAX_RECORD_BYTES, type TableBatch } from './table.js';
import { Utf8Text } from './utf8.js';

// JSON Lines

/** What a line longer than any record (MAX_RECORD_BYTES) is read as: no JSON, so skipped and counted (see jsonLinesTable). */
const OVERSIZED_LINE = '\u0000';

/** Lines of a byte stream, decoded as UTF-8; one longer than any record is dropped to its end and given as OVERSIZED_LINE. */
async function* linesOf(bytes: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new Utf8Text();
  let pending = '';
  let skipping = false;
  for await (const chunk of bytes) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (skipping) {
      const newline = text.indexOf('\n');
      if (newline < 0) continue;
      skipping = false;
      yield OVERSIZED_LINE;
      text = text.slice(newline + 1);
    }
    // Line ends are looked for in the new text only: what was pending holds none.
    const from = pending.length;
    pending += text;
    let start = 0;
    for (let newline = pending.indexOf('\n', from); newline >= 0; newline = pending.indexOf('\n', start)) {
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_RECORD_BYTES) {
      pending = '';
      skipping = true;
    }
  }
  if (skipping) yield OVERSIZED_LINE;
  pending += decoder.end();
  if (pending !== '') yield pending;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an object maps ids or names to records: {"uid_8f3a": {...}, "uid_9b2c": {...}} (a
 * Firebase export), {"Olivia Brown": {...}, ...}, {"user:1001": {...}} (a Redis dump). Records
 * only, under keys that hold a digit, "@", "+", ":" or a space and name no kind of column
 * ("Billing Address" and "address2" do); keys of words and spaces alone need two entries or more
 * of the same fields. Its keys are values: they are never column names.
 */
export function isRecordMap(value: Record<string, unknown>): boolean {
  let entries = 0;
  let idKeys = true;
  let shape: string | undefined;
  let sameShape = true;
  /** Lengths of the keys with an id's characters, and those of keys of letters alone. */
  const idLengths = new Set<number>();
  const plainLengths: number[] = [];
  for (const key in value) {
    const item = value[key];
    // A generated id (a Firebase uid "k56cJklwEb4QtCtG96PDBWggSsn8") may spell a column's name in its camel case: its length says what it is.
    const generated = key.length >= 16 && /^[A-Za-z0-9_-]+$/.test(key);
    if (!isRecord(item) || (!generated && describeColumn(key).hint !== undefined)) return false;
    if (/[\d@+:]/.test(key)) idLengths.add(key.length);
    else if (/\s/.test(key)) idKeys = false;
    else if (/^[A-Za-z_-]+$/.test(key)) plainLengths.push(key.length);
    else return false;
    const keys = Object.keys(item).sort().join('\u0000');
    if (shape !== undefined && keys !== shape) sameShape = false;
    shape = keys;
    entries++;
  }
  // A generated id that happens to hold no digit (a Firebase uid of 28 letters: one in a hundred
  // and fifty) is as long as the others; a word among ids is no map's key.
  if (plainLengths.length > 0 && !(idLengths.size > 0 && plainLengths.length * 10 <= entries && plainLengths.every((length) => idLengths.has(length) && length >= 16))) return false;
  // Keys that are ids (a digit, "@", "+", ":") make a map by themselves; keys of words and spaces
  // only when two entries or more have the same fields ({"Olivia Brown": {...}, "Noah Davis":
  // {...}}), not the sections of one person's export ({"Personal Info": {...}, "Login Activity": {...}}).
  return entries >= 1 && (idKeys || (entries >= 2 && sameShape));
}

/**
 * The events of a CloudWatch Logs subscription payload ({"messageType": "DATA_MESSAGE", "logGroup",
 * "logEvents": [...]}), as Firehose writes them to S3 one after another: each event is a record.
 * Undefined for any other object.
 */
export function logEventsOf(object: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
  const events = object.logEvents;
  if (typeof object.messageType !== 'string' || !Array.isArray(events) || !events.every(isRecord)) return undefined;
  // An event's id is the log's, not a person's key (a line without the user's id would take it). A
  // message that is JSON is read as its fields when the record is (see flattenRecord in core.ts).
  return events.map(({ id: _id, ...event }) => event);
}

/** The object a JSON text holds, or undefined when it holds none. */
export function parsedObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

// A line of a CloudWatch Logs export (CreateExportTask's objects): its event's time, a space, its message.
const STAMPED_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;

/**
 * Whether text is a CloudWatch Logs export whose messages hold JSON: its first lines are all stamped (see STAMPED_LINE) and
 * some carry a JSON object (a Lambda's JSON log format, an API Gateway access log, a Node.js Lambda's "INFO\tSignup {...}").
 */
export function looksLikeStampedJsonLines(head: string): boolean {
  const lines = head.split('\n', 21).slice(0, 20).filter((line) => line.trim() !== '');
  if (lines.length < 2 || !lines.every((line) => STAMPED_LINE.test(line))) return false;
  return lines.some((line) => stampedJsonOf(line.replace(STAMPED_LINE, '')) !== undefined);
}

/** The JSON object a stamped line's message ends with, and where it begins; undefined if none. */
function stampedJsonOf(text: string): { readonly record: Record<string, unknown>; readonly at: number } | undefined {
  const at = text.indexOf('{');
  if (at < 0 || !text.trimEnd().endsWith('}')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text.slice(at));
    return isRecord(parsed) ? { record: parsed, at } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A stamped line's record: its JSON message's fields, with the text before the JSON as its `log_message` where there is some
 * (a Node.js Lambda's "<time>\t<request id>\tINFO\tSignup request {...}"); a message without JSON as `log_message` alone.
 */
function stampedLineRecord(line: string): Record<string, unknown> {
  const text = line.replace(STAMPED_LINE, '');
  const json = stampedJsonOf(text);
  if (json === undefined) return { log_message: text };
  return json.at === 0 ? json.record : { log_message: text.slice(0, json.at).trim(), ...json.record };
}

/**
 * JSON Lines, one record a line (or a CloudWatch Logs export's stamped lines, `stamped`: see stampedLineRecord). A line that is not a JSON object (a stack trace in a log export,
 * a half-written last line) is skipped and said (an `incomplete` batch at the end, numbers only);
 * a file with more such lines than records is not JSON Lines, and is refused at its first bad line.
 */
export async function* jsonLinesTable(bytes: AsyncIterable<Buffer | string>, describe: string, stamped = false): AsyncGenerator<TableBatch> {
  let lineNumber = 0;
  let records: Array<Record<string, unknown>> = [];
  let read = 0;
  let skipped = 0;
  let firstBad: { line: number; message: string } | undefined;
  let lastLine = 0;
  let lastBad: { line: number; begun: boolean } | undefined;
  for await (const rawLine of linesOf(bytes)) {
    lineNumber++;
    const line = (lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim();
    if (line === '') continue;
    lastLine = lineNumber;
    let parsed: unknown;
    try {
      parsed = stamped ? stampedLineRecord(line) : JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (!isRecord(parsed)) {
      skipped++;
      firstBad ??= { line: lineNumber, message: `${describe}: line ${lineNumber} is not ${parsed === undefined ? 'valid JSON' : 'a JSON object'}` };
      lastBad = { line: lineNumber, begun: line.startsWith('{') };
      continue;
    }
    const events = logEventsOf(parsed);
    if (events) records.push(...events);
    else records.push(parsed);
    read++;
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  if (firstBad && skipped > read) throw new ValidationError(firstBad.message);
  if (records.length > 0) yield { kind: 'records', records };
  if (firstBad) {
    // An object begun on the last line and not ended: the file stops mid-record.
    yield { kind: 'incomplete', skippedLines: skipped, firstSkippedLine: firstBad.line, cutShort: lastBad?.line === lastLine && lastBad.begun };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON arrays, streamed element by element: a scanner finds where each top-level element ends
// (tracking nesting, strings and escapes), and only that element's text is parsed.

/** Splits a streamed `[ {...}, {...} ]` into its elements' JSON texts. */
export class JsonArrayScanner {
  private state: 'before' | 'between' | 'element' | 'after' = 'before';
  private buffer = '';
  private elementStart = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scanned = 0;
  index = 0;

  constructor(private readonly describe: string) {}

  push(chunk: string, emit: (elementText: string, index: number) => void): void {
    this.buffer += chunk;
    const text = this.buffer;
    let i = this.scanned;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === 92 /* \ */) this.escaped = true;
          else if (code === 34) this.inString = false;
          continue;
        }
        if (code === 34) this.inString = true;
        else if (code === 123 || code === 91) this.depth++;
        else if (code === 125 || code === 93) {
          if (this.depth === 0) {
            // The array's own closing bracket after a scalar element.
            this.finishElement(text, i, emit);
            this.state = 'after';
            continue;
          }
          this.depth--;
        } else if (code === 44 /* , */ && this.depth === 0) {
          this.finishElement(text, i, emit);
          this.state = 'between';
          continue;
        }
        continue;
      }
      if (code <= 32 || code === 0xfeff) continue;
      if (this.state === 'before') {
        if (code !== 91) throw new ValidationError(`${this.describe} is not a JSON array of records`);
        this.state = 'between';
      } else if (this.state === 'between') {
        // An empty array, or a trailing comma before the closing bracket (a hand-edited file).
        if (code === 93) {
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.elementStart = i;
        this.depth = 0;
        i--; // re-read this character as part of the element
      } else {
        throw new ValidationError(`${this.describe} is not valid JSON: text after the array`);
      }
    }
    // Keep only the element being read.
    if (this.state === 'element') {
      this.buffer = text.slice(this.elementStart);
      this.scanned = i - this.elementStart;
      this.elementStart = 0;
      if (this.buffer.length > MAX_RECORD_BYTES) {
        throw new ValidationError(`${this.describe}: item ${this.index} is longer than ${MAX_RECORD_BYTES} characters`);
      }
    } else {
      this.buffer = '';
      this.scanned = 0;
    }
  }

  private finishElement(text: string, end: number, emit: (elementText: string, index: number) => void): void {
    emit(text.slice(this.elementStart, end), this.index++);
  }

  /**
   * The end of input. Says whether the array was cut short after some of its items (they were
   * read, the last one too when it is whole); refused when none was.
   */
  end(emit: (elementText: string, index: number) => void): boolean {
    if (this.state === 'after') return false;
    if (this.state === 'element' && this.depth === 0 && !this.inString && parsedObject(this.buffer) !== undefined) this.finishElement(this.buffer, this.buffer.length, emit);
    if (this.index > 0 && (this.state === 'between' || this.state === 'element')) return true;
    throw new ValidationError(`${this.describe} is not valid JSON`);
  }
}

// A Redis key: a type, a colon, an id ("user:7f1c2a9e", "session:ab12", "ratelimit:203.0.113.9").
const REDIS_KEY = /^[\w.@+-]+:\S+$/;

/**
 * A Redis database as redis-rdb-tools' `--command json` writes it, one per item of an array
 * ({"user:1": {...}, "session:ab": "{...}", "ratelimit:203.0.113.9": "7"}): its hashes and JSON
 * strings are records, counters and other strings nothing. Undefined for any other object.
 */
export function keyspaceRecords(object: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
  const keys = Object.keys(object);
  if (keys.length === 0 || !keys.every((key) => REDIS_KEY.test(key))) return undefined;
  const records: Array<Record<string, unknown>> = [];
  for (const key of keys) {
    const value = object[key];
    const record = isRecord(value) ? value : typeof value === 'string' && value.startsWith('{') ? parsedObject(value) : undefined;
    if (record) records.push(record);
  }
  return records.length * 2 >= keys.length ? records : undefined;
}

async function* jsonArrayTable(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  const decoder = new Utf8Text();
  const scanner = new JsonArrayScanner(describe);
  let records: Array<Record<string, unknown>> = [];
  const emit = (elementText: string, index: number): void => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(elementText);
    } catch {
      throw new ValidationError(`${describe} is not valid JSON (item ${index})`);
    }
    if (!isRecord(parsed)) throw new ValidationError(`${describe}: item ${index} is not a JSON object`);
    const keyspace = keyspaceRecords(parsed);
    if (keyspace) records.push(...keyspace);
    else records.push(recordOf(parsed));
  };
  for await (const chunk of bytes) {
    scanner.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), emit);
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  scanner.push(decoder.end(), emit);
  const cut = scanner.end(emit);
  if (records.length > 0) yield { kind: 'records', records };
  if (cut) yield { kind: 'incomplete', skippedLines: 0, cutShort: true };
}

// ---------------------------------------------------------------------------------------------
// JSON documents (.json). The first non-blank character says which shape the file has:
//   [ {...}, ... ]        an array of records, streamed item by item (JsonArrayScanner);
//   {...} {...} ...       objects one after another: JSON Lines named .json (mongoexport's
//                         default output) or concatenated pretty-printed objects (mongoexport
//                         --pretty); each object is a record;
//   { ... } alone         one object. When it holds arrays of objects (Zendesk's
//                         {"tickets":[...]}, a FHIR Bundle's "entry", {"data":[...]},
//                         {"results":[...]}, OData's {"value":[...]}...), the items of one of
//                         them are the records: the first whose name is a usual name for records
//                         (RECORD_ARRAY_NAMES), else the longest; the object's other properties
//                         (counts, links, paging) are not read, nor are its other arrays, but
//                         those whose items name the people of an array of people (a ticket's
//                         requester_id: see linkedRecords). The array may be nested up to
//                         three objects down (Elasticsearch's {"hits": {"hits": [...]}}, GraphQL's
//                         {"data": {"users": {"edges": [...]}}}), and may be an object keyed by id
//                         (Firebase, Firestore's __collections__, a Redis dump), the document itself
//                         included. An object without one, or a person's own object with a list in
//                         it, is a record.
// Items are read as their record (recordOf): a FHIR Bundle entry as its resource, an Elasticsearch
// hit as its _source, a GraphQL edge as its node, a DynamoDB export line as its Item, a Firestore
// REST document as its fields; in arrays and in wrappers alike. (Typed values inside records, such
// as DynamoDB's {"S": ...}, are read by flattenRecord in core.ts.) Nested arrays are found only in
// documents held whole (up to MAX_RECORD_BYTES); a larger one streams its top-level array.
//
// Memory: a lone object of up to MAX_RECORD_BYTES is held and parsed whole. A larger one cannot be
// a record, so it is read as a wrapper and streamed: the array of objects being read when the
// object passes that size (its items so far are taken from the text held, the rest streamed item
// by item); else, when the object keeps its records by id, itself or in the property being read
// ({"users": {"uid1": {...}}}), those records the same way; else the best complete array before it
// (same preference), else the first array of objects after it. Any other array in a wrapper that
// large is not read.

/** Property names under which an export wraps its array of records, lower-case. */
const RECORD_ARRAY_NAMES = new Set([
  'entry', 'entries', 'data', 'results', 'result', 'records', 'items', 'rows', 'value', 'values', 'list', 'objects',
  'documents', 'docs', 'resources', 'users', 'members', 'customers', 'contacts', 'people', 'persons', 'employees',
  'patients', 'accounts', 'tickets', 'subscribers', 'profiles', 'leads', 'clients', 'orders',
  // A family tree's individuals (a genealogy site's export beside its "tree" object), a study's participants and subjects.
  'individuals', 'participants', 'subjects', 'donors', 'samples',
  // A chat's export (DiscordChatExporter's, Telegram's): its messages, each its author's.
  'messages', 'posts', 'comments',
  // Elasticsearch's hits.hits, GraphQL's edges and nodes, DynamoDB's scan Items (lower-cased), GeoJSON's features.
  'hits', 'edges', 'nodes', 'features',
]);

/** The keys of a FHIR Bundle entry (`entry[]`), whose record is its `resource`. */
const BUNDLE_ENTRY_KEYS = new Set(['fullUrl', 'resource', 'search', 'request', 'response', 'link', 'id', 'extension', 'modifierExtension']);

/**
 * An item as a record: a FHIR Bundle entry is read as its resource, an Elasticsearch hit as its
 * `_source`, a GraphQL edge as its `node`, a DynamoDB export line ({"Item": {...}}) as its item, a
 * Firestore REST document as its `fields`; anything else as it is.
 */
function recordOf(item: Record<string, unknown>): Record<string, unknown> {
  const resource = item.resource;
  if (isRecord(resource) && typeof resource.resourceType === 'string' && Object.keys(item).every((key) => BUNDLE_ENTRY_KEYS.has(key))) return resource;
  if (isRecord(item._source) && ('_id' in item || '_index' in item)) return item._source;
  if (isRecord(item.node) && Object.keys(item).every((key) => key === 'node' || key === 'cursor')) return item.node;
  if (isRecord(item.Item) && Object.keys(item).length === 1) return item.Item;
  if (isRecord(item.fields) && typeof item.name === 'string' && item.name.startsWith('projects/')) return item.fields;
  if (item.type === 'Feature' && isRecord(item.properties)) return featureRecord(item.properties, item.geometry);
  return item;
}

/**
 * A GeoJSON Feature (a map layer's customer, RFC 7946) as its properties, and a Point's place as its
 * longitude and latitude (the coordinates' order); other geometries (a parcel's polygon) are no one's place.
 */
function featureRecord(properties: Record<string, unknown>, geometry: unknown): Record<string, unknown> {
  const coordinates = isRecord(geometry) && geometry.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : undefined;
  const [longitude, latitude] = coordinates ?? [];
  if (typeof longitude !== 'number' || typeof latitude !== 'number') return properties;
  return { longitude, latitude, ...properties };
}

/**
 * One object of a sequence of objects: a record, a log payload's events (see logEventsOf), or a
 * wrapper's records (Elasticsearch scroll pages saved one after another: see recordArrayOf).
 */
function emitSequenced(object: Record<string, unknown>, emit: (record: Record<string, unknown>) => void): void {
  const records = logEventsOf(object) ?? (holdsOwnPersonalData(object) ? undefined : recordArrayOf(object, true));
  if (records) for (const record of records) emit(record);
  else emit(recordOf(object));
}

interface ArrayCandidate {
  readonly name: string | undefined;
  readonly known: boolean;
  readonly items: number;
  /** How deep in the document (0: a property of the document itself); nested only in recordArrayOf. */
  readonly depth?: number;
}

/** Usual names of a wrapper's array of people: preferred to its other arrays (a Keycloak realm's users to its OAuth clients, whatever the keys' order). */
const PEOPLE_ARRAY_NAMES = new Set(['users', 'members', 'customers', 'contacts', 'people', 'persons', 'employees', 'patients', 'subscribers', 'profiles', 'leads',
  // Also inside a wrapper's items (see nestedPeople): a cabin's guests, a booking's passengers.
  'guests', 'passengers', 'travellers', 'travelers', 'participants', 'attendees', 'students', 'pupils', 'children', 'occupants', 'residents',
  'tenants', 'players', 'riders', 'applicants']);

/** Whether array `candidate` (all objects) holds a wrapper's records rather than `best`: a usual name first (people's before others), then the most items. */
function betterRecordArray(candidate: ArrayCandidate, best: ArrayCandidate | undefined): boolean {
  if (!candidate.known && candidate.items === 0) return false;
  if (best === undefined) return true;
  if (candidate.known !== best.known) return candidate.known;
  if ((candidate.depth ?? 0) !== (best.depth ?? 0)) return (candidate.depth ?? 0) < (best.depth ?? 0);
  const people = PEOPLE_ARRAY_NAMES.has(candidate.name?.toLowerCase() ?? '');
  if (candidate.known && people !== PEOPLE_ARRAY_NAMES.has(best.name?.toLowerCase() ?? '')) return people;
  return !candidate.known && candidate.items > best.items;
}

/**
 * Whether an object's own properties, or those of the objects in it ({"profile": {"displayName"}}),
 * name personal data: a record's, where a wrapper holds counts and links.
 */
function holdsOwnPersonalData(document: Record<string, unknown>, depth = 0): boolean {
  for (const [name, value] of Object.entries(document)) {
    // Not a page's cursor to the next (CloudWatch Logs' nextForwardToken, DynamoDB's NextToken): a wrapper's.
    if (PAGE_CURSOR.test(name)) continue;
    // Not where the export is from (a French département's "departement": Nord, a "country"): a wrapper's too.
    if ((typeof value === 'string' || typeof value === 'number') && !WRAPPER_PLACE_HINTS.has(describeColumn(name).hint)) return true;
    // Not its staff's (a cruise cabin's "bookingAgent": the travel agent's name and email), nor the organisation's whose export it
    // is (a daycare app's "einrichtung": the daycare's name and email, beside its "kinder").
    if (depth < 2 && isRecord(value) && !describeColumn(`${name} email`).thirdParty && !EXPORTING_ORGANISATION.test(name) && holdsOwnPersonalData(value, depth + 1)) return true;
  }
  return false;
}

/** A wrapper's object that is the organisation whose export it is, in English, German, French, Spanish, Italian and Dutch. */
const EXPORTING_ORGANISATION = /^(?:organi[sz]ation|org|company|tenant|institution|facility|school|practice|clinic|employer|einrichtung|schule|firma|unternehmen|praxis|klinik|tr(?:ä|ae)ger|arbeitgeber|(?:é|e)tablissement|(?:é|e)cole|entreprise|soci(?:é|e)t(?:é|e)|employeur|centro|escuela|empresa|scuola|azienda|istituto|instelling|bedrijf|werkgever)$/i;
const WRAPPER_PLACE_HINTS: ReadonlySet<string | undefined> = new Set([undefined, 'country', 'region', 'us-state']);
const PAGE_CURSOR = /^(?:next|prev(?:ious)?)[_-]?(?:forward[_-]?|backward[_-]?)?(?:token|cursor|page[_-]?token|marker)$|^(?:pagination[_-]?token|continuation[_-]?token|marker|next[_-]?marker|cursor)$/i;

/**
 * The records of a lone JSON object's array of records (see above), or undefined when it has none.
 * `named`: only an array under a usual name for records (an object in a sequence of them: a
 * scroll page's hits, not a DynamoDB item's list attribute).
 */
export function recordArrayOf(document: Record<string, unknown>, named = false): Array<Record<string, unknown>> | undefined {
  // A DynamoDB export's line, or get-item's output ({"Item": {...}}), alone in its file: one item, whatever lists it holds.
  if (isRecord(document.Item) && Object.keys(document).length === 1) return undefined;
  // Records kept by id at the top ({"user:1001": {...}, "user:1002": {...}}, Firebase's database:get).
  if (isRecordMap(document)) return Object.values(document).map((item) => recordOf(item as Record<string, unknown>));
  // A GeoJSON FeatureCollection's features, whatever else it names (GDAL writes the layer's "name").
  if (document.type === 'FeatureCollection' && Array.isArray(document.features) && document.features.every(isRecord)) {
    return document.features.map((feature) => recordOf(feature as Record<string, unknown>));
  }
  let best: (ArrayCandidate & { readonly list: Array<Record<string, unknown>>; readonly parent: Record<string, unknown> }) | undefined;
  // The properties of the document, then those of the objects in it, three levels down
  // (Elasticsearch's {"hits": {"hits": [...]}}, GraphQL's {"data": {"users": {"edges": [...]}}}).
  const visit = (object: Record<string, unknown>, depth: number): void => {
    for (const [name, value] of Object.entries(object)) {
      const map = isRecord(value) && isRecordMap(value);
      const list = Array.isArray(value) ? value : map ? Object.values(value) : undefined;
      if (list !== undefined && list.every(isRecord)) {
        const candidate = { name, known: RECORD_ARRAY_NAMES.has(name.toLowerCase()), items: list.length, list, depth, parent: object };
        if (betterRecordArray(candidate, best)) best = candidate;
      } else if (!map && isRecord(value) && depth < 3) {
        visit(value, depth + 1);
      }
    }
  };
  visit(document, 0);
  // A person's own object with a list in it ({"name", "email", "logins": [...]}) is a record, not a wrapper.
  if (best !== undefined && !best.known && (named || holdsOwnPersonalData(document))) return undefined;
  if (best === undefined) return undefined;
  const items = best.list.map(recordOf);
  const people = (named ? undefined : nestedPeople(items)) ?? items;
  return named ? people : [...people, ...linkedRecords(best.parent, best.name, people)];
}

/**
 * The people a wrapper's items hold in one list each, when the items themselves name no one: a cruise manifest's
 * cabins, each with its guests[]; a tour's groups with their travellers[]. The people are the records, not the
 * containers (a cabin of four is four people). Undefined when an item has personal data of its own (an order with
 * its customer's email), its lists differ, or its list is not one of people (an order's line_items[]).
 */
function nestedPeople(items: Array<Record<string, unknown>>): Array<Record<string, unknown>> | undefined {
  let field: string | undefined;
  for (const item of items) {
    const rest: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(item)) {
      if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
        if (field !== undefined && field !== name) return undefined;
        field = name;
      } else {
        rest[name] = value;
      }
    }
    if (holdsOwnPersonalData(rest)) return undefined;
  }
  if (field === undefined || !PEOPLE_ARRAY_NAMES.has(field.toLowerCase())) return undefined;
  const inner = items.flatMap((item) => (Array.isArray(item[field as string]) ? (item[field as string] as Array<Record<string, unknown>>).map(recordOf) : []));
  return inner.some((person) => holdsOwnPersonalData(person)) ? inner : undefined;
}

/**
 * A reference to a person, by priority (compared lower-case without separators): a ticket's
 * requester before its submitter, a message's author before its owner. An assignee is staff.
 */
const PERSON_REFERENCES = ['requester', 'customer', 'patient', 'client', 'member', 'subscriber', 'contact', 'user', 'person', 'profile', 'account', 'lead', 'employee', 'recipient', 'author', 'submitter', 'owner']
  .flatMap((role) => [`${role}id`, `${role}uid`]);
/** Another record's id in a linked record: no one's data, and not the person's key. */
const OTHER_REFERENCE = /^(?:assignee|organi[sz]ation|group|brand|ticketform|forum|topic|category|section|parent|problem)(?:id|uid)$/;
const squeezed = (name: string): string => name.toLowerCase().replace(/[\s_.-]/g, '');

/**
 * The records of a wrapper's other arrays that belong to the people of its people array, as those
 * people's records: a Zendesk export's tickets by their `requester_id`, read as if keyed by the user's
 * own `id`, so that a card number in a ticket's description is its requester's. An array is linked by
 * its first reference to a person (PERSON_REFERENCES) whose values name the people (most of them
 * found among the people's `id`, `_id`, `uid` or the same-named field); its items' own ids and their
 * references to other records are dropped. An array that names no one in the people array (a Keycloak
 * realm's OAuth clients, Zendesk's groups) is not read, as before.
 */
function linkedRecords(parent: Record<string, unknown>, peopleName: string | undefined, people: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  if (peopleName === undefined || !PEOPLE_ARRAY_NAMES.has(peopleName.toLowerCase()) || people.length === 0) return [];
  const peopleFields = new Set(people.flatMap((person) => Object.keys(person)));
  // The people's key as the classifier will pick it (an email before a bare id): a linked record carries its person's.
  const personKey = pickSubjectKey(peopleFields) ?? [...peopleFields].find((field) => describeColumn(field).hint === 'email');
  const linked: Array<Record<string, unknown>> = [];
  for (const [name, value] of Object.entries(parent)) {
    if (name === peopleName || !Array.isArray(value) || value.length === 0 || !value.every(isRecord)) continue;
    const items = value.map(recordOf);
    const link = referenceOf(items, people, peopleFields);
    if (link === undefined) continue;
    const byReference = new Map(people.map((person) => [String(person[link.key]), person]));
    for (const item of items) {
      const record: Record<string, unknown> = {};
      const owner: unknown = item[link.reference];
      const person: Record<string, unknown> | undefined = typeof owner === 'string' || typeof owner === 'number' ? byReference.get(String(owner)) : undefined;
      const key: string = personKey !== undefined && person?.[personKey] != null ? personKey : link.key;
      if (person !== undefined && person[key] != null) record[key] = person[key];
      for (const [field, fieldValue] of Object.entries(item)) {
        const plain = squeezed(field);
        if (field === link.reference || field === key || plain === 'id' || plain === 'uid' || PERSON_REFERENCES.includes(plain) || OTHER_REFERENCE.test(plain)) continue;
        record[field] = fieldValue;
      }
      linked.push(record);
    }
  }
  return linked;
}

/** The field of `items` that names the people (see linkedRecords), and the people's field it names. */
function referenceOf(items: Array<Record<string, unknown>>, people: Array<Record<string, unknown>>, peopleFields: ReadonlySet<string>): { reference: string; key: string } | undefined {
  const fields = new Set(items.flatMap((item) => Object.keys(item)));
  const references = [...fields].filter((field) => PERSON_REFERENCES.includes(squeezed(field)));
  references.sort((a, b) => PERSON_REFERENCES.indexOf(squeezed(a)) - PERSON_REFERENCES.indexOf(squeezed(b)));
  for (const reference of references) {
    for (const key of [reference, 'id', '_id', 'uid']) {
      if (!peopleFields.has(key)) continue;
      const keys = new Set(people.flatMap((person) => (typeof person[key] === 'string' || typeof person[key] === 'number' ? [String(person[key])] : [])));
      let named = 0;
      let found = 0;
      for (const item of items) {
        const value = item[reference];
        if (typeof value !== 'string' && typeof value !== 'number') continue;
        named++;
        if (keys.has(String(value))) found++;
      }
      if (named > 0 && found >= named * 0.8) return { reference, key };
    }
  }
  return undefined;
}

/**
 * Reads a streamed JSON text that starts with `{`: objects one after another (each a record), or
 * one object (see recordArrayOf), streamed when larger than MAX_RECORD_BYTES. Only the object
 * being read is held (or, past that size, the item being read).
 */
export class JsonObjectsScanner {
  /** The text held, from absolute offset `base`, in the chunks it came in (joined when a slice needs it). */
  private parts: string[] = [];
  private base = 0;
  /** The chunk being scanned and its absolute offset. */
  private chunk = '';
  private chunkBase = 0;
  /** Absolute offset of the next character to scan. */
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private mode: 'first' | 'afterFirst' | 'sequence' | 'wrapper' | 'map' | 'skip' | 'end' = 'first';
  /** Absolute offset of the top-level object being read (-1 between objects), and its line. */
  private objectStart = -1;
  private objectLine = 1;
  private objects = 0;
  private firstEnd = -1;
  // Inside the first (or wrapping) object: its properties, and the array-valued one being read.
  private expectKey = false;
  private expectValue = false;
  private keyStart = -1;
  private key: string | undefined;
  private array: { name: string | undefined; start: number; items: number; objects: boolean } | undefined;
  private best: (ArrayCandidate & { readonly start: number; readonly end: number }) | undefined;
  private itemStart = -1;
  /** Wrapper mode: whether the array being read holds the records (streaming), or the next one will (awaiting). */
  private streaming = false;
  private awaiting = false;
  /** Records taken from a wrapper's array so far. */
  private items = 0;
  // Inside the first object, where its object values start and end (a record map's records), and
  // those of the values of the object value being read ({"users": {"uid1": {...}}}).
  private valueStart = -1;
  private valueEnd = -1;
  private innerValueStart = -1;
  private innerValueEnd = -1;
  /** Map mode: the depth of the object whose values are the records being streamed. */
  private mapDepth = 0;

  constructor(private readonly describe: string) {}

  /** Characters held: the object being read, or once a large wrapper streams, the item being read. */
  get held(): number {
    return this.parts.reduce((total, part) => total + part.length, 0);
  }

  private get tracking(): boolean {
    return this.mode === 'first' || this.mode === 'wrapper';
  }

  /** The text held between two absolute offsets. */
  private slice(from: number, to: number): string {
    if (from >= this.chunkBase) return this.chunk.slice(from - this.chunkBase, to - this.chunkBase);
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return (this.parts[0] ?? '').slice(from - this.base, to - this.base);
  }

  private parse(text: string, where: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new ValidationError(`${this.describe} is not valid JSON (${where})`);
    }
  }

  private noRecordArray(): ValidationError {
    return new ValidationError(`${this.describe} is one JSON object larger than ${MAX_RECORD_BYTES} characters (the longest record read) holding no array of records`);
  }

  private emitItem(item: unknown, emit: (record: Record<string, unknown>) => void): void {
    const index = this.items++;
    if (!isRecord(item)) throw new ValidationError(`${this.describe}: item ${index} of the array of records is not a JSON object`);
    emit(recordOf(item));
  }

  push(chunk: string, emit: (record: Record<string, unknown>) => void): void {
    this.parts.push(chunk);
    this.chunk = chunk;
    this.chunkBase = this.position;
    const base = this.chunkBase;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === 92 /* \ */) this.escaped = true;
        else if (code === 34 /* " */) {
          this.inString = false;
          if (this.keyStart >= 0) {
            const key = this.parse(this.slice(this.keyStart, base + i + 1), `line ${this.line}`);
            this.key = typeof key === 'string' ? key : undefined;
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (code <= 32 || code === 0xfeff) {
        if (code === 10) this.line++;
        continue;
      }
      const at = base + i;
      if (this.depth === 0) {
        if (code !== 123 /* { */ || this.mode === 'end') {
          throw new ValidationError(
            this.mode === 'end'
              ? `${this.describe} is not valid JSON: text after the object (line ${this.line})`
              : `${this.describe} is not valid JSON Lines: line ${this.line} does not start a JSON object`,
          );
        }
        if (this.mode === 'afterFirst') {
          // A second object: the file is a sequence of records, the first one included.
          this.mode = 'sequence';
          const first = this.parse(this.slice(this.objectStart, this.firstEnd + 1), `the object on line ${this.objectLine}`);
          emitSequenced(first as Record<string, unknown>, emit);
        }
        this.objects++;
        this.objectStart = at;
        this.objectLine = this.line;
        this.depth = 1;
        this.expectKey = true;
        continue;
      }
      if (code === 34) {
        this.inString = true;
        if (this.tracking) {
          if (this.depth === 1) {
            if (this.expectKey) this.keyStart = at;
            this.expectKey = false;
            this.expectValue = false;
          } else if (this.depth === 2 && this.array) this.nonObjectItem();
        }
        continue;
      }
      if (code === 123 || code === 91 /* [ */) {
        if (this.tracking) {
          if (this.depth === 1 && this.expectValue) {
            this.expectValue = false;
            if (code === 91) this.startArray(at);
            else this.valueStart = at;
          } else if (this.depth === 2 && this.array) {
            if (code === 123) this.startItem(at);
            else this.nonObjectItem();
          } else if (this.depth === 2 && code === 123) this.innerValueStart = at;
        } else if (this.mode === 'map' && this.depth === this.mapDepth && code === 123) this.itemStart = at;
        this.depth++;
        continue;
      }
      if (code === 125 || code === 93 /* } ] */) {
        this.depth--;
        if (this.depth === 0) this.endObject(at, emit);
        else if (this.mode === 'map') this.endMapValue(at, code, emit);
        else if (this.mode === 'first' && code === 125 && this.depth <= 2) {
          if (this.depth === 1) this.valueEnd = at;
          else this.innerValueEnd = at;
        }
        if (this.tracking && this.array && this.depth > 0) {
          if (this.depth === 2 && code === 125 && this.itemStart >= 0) this.endItem(at, emit);
          else if (this.depth === 1 && code === 93) this.endArray(at);
        }
        continue;
      }
      if (!this.tracking) continue;
      if (this.depth === 1) {
        if (code === 58 /* : */) this.expectValue = true;
        else if (code === 44 /* , */) this.expectKey = true;
        else this.expectValue = false; // a number, true, false or null
      } else if (this.depth === 2 && this.array && code !== 44) {
        this.nonObjectItem();
      }
    }
    this.position = base + chunk.length;
    this.afterChunk(emit);
  }

  private startArray(at: number): void {
    if (this.mode === 'wrapper' && !this.awaiting) return;
    this.array = { name: this.key, start: at, items: 0, objects: true };
  }

  private startItem(at: number): void {
    this.itemStart = at;
    if (this.mode === 'wrapper' && this.awaiting && this.array && this.array.items === 0 && this.array.objects) {
      this.awaiting = false;
      this.streaming = true;
    }
  }

  private nonObjectItem(): void {
    if (!this.array) return;
    if (this.streaming) throw new ValidationError(`${this.describe}: item ${this.items} of the array of records is not a JSON object`);
    this.array.objects = false;
  }

  private endItem(at: number, emit: (record: Record<string, unknown>) => void): void {
    if (this.array) this.array.items++;
    if (this.streaming) this.emitItem(this.parse(this.slice(this.itemStart, at + 1), `item ${this.items} of the array of records`), emit);
    this.itemStart = -1;
  }

  private endArray(at: number): void {
    const array = this.array;
    this.array = undefined;
    if (!array) return;
    if (this.mode === 'first') {
      if (!array.objects) return;
      const candidate = { name: array.name, known: array.name !== undefined && RECORD_ARRAY_NAMES.has(array.name.toLowerCase()), items: array.items };
      if (betterRecordArray(candidate, this.best)) this.best = { ...candidate, start: array.start, end: at };
    } else if (this.streaming) {
      this.streaming = false;
      this.mode = 'skip';
    }
  }

  private endObject(at: number, emit: (record: Record<string, unknown>) => void): void {
    if (this.mode === 'first') {
      this.firstEnd = at;
      this.mode = 'afterFirst';
    } else if (this.mode === 'sequence') {
      const record = this.parse(this.slice(this.objectStart, at + 1), `the object on line ${this.objectLine}`);
      emitSequenced(record as Record<string, unknown>, emit);
      this.objectStart = -1;
    } else {
      if (this.awaiting) throw this.noRecordArray();
      this.mode = 'end';
    }
  }

  /** A lone object past MAX_RECORD_BYTES: it is a wrapper; its records are found as described above. */
  private overflow(emit: (record: Record<string, unknown>) => void): void {
    this.mode = 'wrapper';
    const array = this.array;
    if (array?.objects) {
      // The items read so far are in the text held: close the array after the last whole one.
      const cut = this.itemStart >= 0 ? this.itemStart : this.position;
      const before = this.parse(`${this.slice(array.start, cut).replace(/[\s,]+$/, '')}]`, `the array of records`) as unknown[];
      this.streaming = true;
      for (const item of before) this.emitItem(item, emit);
      return;
    }
    if (this.streamRecordMap(emit)) return;
    this.array = undefined;
    this.itemStart = -1;
    if (this.best) {
      const items = this.parse(this.slice(this.best.start, this.best.end + 1), `the array of records`) as unknown[];
      for (const item of items) this.emitItem(item, emit);
      this.mode = 'skip';
      return;
    }
    this.awaiting = true;
  }

  /**
   * A lone object past MAX_RECORD_BYTES that keeps its records by id (Firebase's database:get, a
   * Redis dump), itself or in the property being read ({"users": {"uid1": {...}, ...}}): the
   * records read so far are taken from the text held, the rest streamed one at a time.
   */
  private streamRecordMap(emit: (record: Record<string, unknown>) => void): boolean {
    const take = (start: number, lastEnd: number, depth: number, current: number): boolean => {
      let map: unknown;
      try {
        map = JSON.parse(`${this.slice(start, lastEnd + 1)}}`);
      } catch {
        return false;
      }
      if (!isRecord(map) || !isRecordMap(map)) return false;
      for (const item of Object.values(map)) this.emitItem(item, emit);
      this.mode = 'map';
      this.mapDepth = depth;
      this.itemStart = this.depth > depth ? current : -1;
      return true;
    };
    if (this.valueEnd > this.objectStart && take(this.objectStart, this.valueEnd, 1, this.valueStart)) return true;
    return this.depth >= 2 && this.valueStart > this.valueEnd && this.innerValueEnd > this.valueStart
      && take(this.valueStart, this.innerValueEnd, 2, this.innerValueStart);
  }

  /** Map mode: a value of the record map closed (a record), or the map itself (the rest is not read). */
  private endMapValue(at: number, code: number, emit: (record: Record<string, unknown>) => void): void {
    if (this.depth === this.mapDepth && code === 125 && this.itemStart >= 0) {
      this.emitItem(this.parse(this.slice(this.itemStart, at + 1), `record ${this.items} of the records kept by id`), emit);
      this.itemStart = -1;
    } else if (this.depth < this.mapDepth) {
      this.mode = 'skip';
    }
  }

  /** Drops the text no longer needed (or fails when what must be held grows too long). */
  private afterChunk(emit: (record: Record<string, unknown>) => void): void {
    if (this.mode === 'first' && this.position - this.objectStart > MAX_RECORD_BYTES) this.overflow(emit);
    let keepFrom = this.position;
    if (this.mode === 'first' || this.mode === 'afterFirst') keepFrom = this.objectStart;
    else if (this.mode === 'sequence' && this.objectStart >= 0) {
      if (this.position - this.objectStart > MAX_RECORD_BYTES) {
        throw new ValidationError(`${this.describe}: the object on line ${this.objectLine} is longer than ${MAX_RECORD_BYTES} characters`);
      }
      keepFrom = this.objectStart;
    } else if (this.mode === 'wrapper' || this.mode === 'map') {
      if (this.keyStart >= 0 && this.mode === 'wrapper') keepFrom = this.keyStart;
      else if ((this.streaming || this.mode === 'map') && this.itemStart >= 0) keepFrom = this.itemStart;
      if (this.position - keepFrom > MAX_RECORD_BYTES) {
        const what = this.mode === 'map' ? 'the records kept by id' : 'the array of records';
        throw new ValidationError(`${this.describe}: record ${this.items} of ${what} is longer than ${MAX_RECORD_BYTES} characters`);
      }
    }
    if (keepFrom === this.base) return;
    this.parts = [keepFrom >= this.chunkBase ? this.chunk.slice(keepFrom - this.chunkBase) : this.slice(keepFrom, this.position)];
    this.base = keepFrom;
  }

  end(emit: (record: Record<string, unknown>) => void): void {
    if (this.depth > 0 || this.inString || this.objects === 0) {
      throw new ValidationError(`${this.describe} is not valid JSON: the object on line ${this.objectLine} is not closed`);
    }
    if (this.mode !== 'afterFirst') return;
    const document = this.parse(this.slice(this.objectStart, this.firstEnd + 1), 'the object') as Record<string, unknown>;
    const records = recordArrayOf(document);
    if (records === undefined && this.firstEnd - this.objectStart >= MAX_RECORD_BYTES) throw this.noRecordArray();
    for (const record of records ?? [recordOf(document)]) emit(record);
  }
}

async function* jsonObjectsTable(text: AsyncIterable<string>, describe: string): AsyncGenerator<TableBatch> {
  const scanner = new JsonObjectsScanner(describe);
  let records: Array<Record<string, unknown>> = [];
  const emit = (record: Record<string, unknown>): void => void records.push(record);
  for await (const chunk of text) {
    scanner.push(chunk, emit);
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  scanner.end(emit);
  for (let start = 0; start < records.length; start += BATCH_ROWS) yield { kind: 'records', records: records.slice(start, start + BATCH_ROWS) };
}

/** A .json file's records, whichever of the shapes above it has. */
export async function* jsonDocumentTable(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  const decoder = new Utf8Text();
  const iterator = bytes[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  let first: string | undefined;
  while (first === undefined && !done) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      head += decoder.end();
    } else {
      head += typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    first = /[^\s\uFEFF]/.exec(head)?.[0];
    if (first === undefined && head.length > MAX_RECORD_BYTES) break;
  }
  async function* text(): AsyncGenerator<string> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  if (first === '[') yield* jsonArrayTable(text(), describe);
  else if (first === '{') yield* jsonObjectsTable(text(), describe);
  else if (first === undefined) throw new ValidationError(`${describe} is not valid JSON: it is empty`);
  else throw new ValidationError(`${describe} is not a JSON array of records, JSON Lines, or an object holding an array of records`);
}

