import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STANCE_TYPES } from '../../domain/stanceTypes';
import { DATE_FIELDS } from '../cypher';
import type { MemNode, MemoryGraph, MemRel } from './MemoryGraph';

/** One CSV file for `neo4j-admin database import full`: `--nodes=<labels>=<file>` or `--relationships=<type>=<file>`. */
export interface ImportFile {
  kind: 'nodes' | 'relationships';
  /** `Actor:Agency` for nodes, the relationship type for relationships. */
  name: string;
  file: string;
  rows: number;
  /** Some value holds a line break (the importer must parse this file as multi-line). */
  multiline: boolean;
}

export interface ImportCsv {
  files: ImportFile[];
  arrayDelimiter: string;
  /** The importer's read buffer must hold the largest value. */
  readBufferBytes: number;
  nodes: number;
  relationships: number;
}

const STANCE_TYPE_SET: ReadonlySet<string> = new Set(STANCE_TYPES);
/** Array delimiters tried in turn; the first that no list element contains is used. */
const DELIMITERS = ['\u001f', '\u001e', '\u001d', '|', ';'];
const FLUSH_BYTES = 1 << 20;

type Column = { key: string; type: string };

/**
 * Writes the graph as CSV for `neo4j-admin database import full`: one file per label set (or
 * relationship type and end labels) and property shape, so every column has one Neo4j type
 * (whole numbers `long`, others `double`, as the driver sends them; date fields `date`, as
 * cypher.ts stores them) and an absent property is a missing column, never a guess.
 */
export function writeImportCsv(graph: MemoryGraph, dir: string): ImportCsv {
  const delimiter = chooseDelimiter(graph);
  let largest = 0;
  const measure = (text: string) => {
    if (text.length > largest) largest = text.length;
  };
  const files: ImportFile[] = [];
  const groups = new Map<string, { file: ImportFile; buffer: string[]; bytes: number }>();

  const emit = (kind: ImportFile['kind'], name: string, header: string, key: string, line: string) => {
    let group = groups.get(key);
    if (!group) {
      const file: ImportFile = {
        kind,
        name,
        file: path.join(dir, `${kind}-${groups.size}.csv`),
        rows: 0,
        multiline: false,
      };
      writeFileSync(file.file, `${header}\n`);
      files.push(file);
      groups.set(key, (group = { file, buffer: [], bytes: 0 }));
    }
    group.file.rows++;
    if (!group.file.multiline && /[\r\n]/.test(line)) group.file.multiline = true;
    group.buffer.push(line);
    group.bytes += line.length;
    if (group.bytes > FLUSH_BYTES) flush(group);
  };
  const flush = (group: { file: ImportFile; buffer: string[]; bytes: number }) => {
    if (group.buffer.length === 0) return;
    appendFileSync(group.file.file, `${group.buffer.join('\n')}\n`);
    group.buffer = [];
    group.bytes = 0;
  };

  let nodes = 0;
  for (const node of graph.allNodes()) {
    nodes++;
    const { columns, values } = row(node.props, DATE_FIELDS[node.label], delimiter, measure, ['id']);
    const labels = labelsOf(node);
    const header = [`id:ID(${node.label})`, ...columns.map(columnHeader)].join(',');
    emit('nodes', labels, header, `n|${labels}|${header}`, [quote(node.id), ...values].join(','));
  }
  let relationships = 0;
  for (const rel of graph.allRels()) {
    relationships++;
    const stance = isStance(rel);
    const { columns, values } = row(rel.props, stance ? DATE_FIELDS.Stance : [], delimiter, measure, []);
    const header = [
      `:START_ID(${rel.from.label})`,
      `:END_ID(${rel.to.label})`,
      ...columns.map(columnHeader),
    ].join(',');
    emit(
      'relationships',
      rel.type,
      header,
      `r|${rel.type}|${header}`,
      [quote(rel.from.id), quote(rel.to.id), ...values].join(','),
    );
  }
  for (const group of groups.values()) flush(group);
  return {
    files,
    arrayDelimiter: delimiter,
    // UTF-16 length times 3 bounds the UTF-8 bytes; twice that leaves room for quoting.
    readBufferBytes: Math.max(4 << 20, largest * 6),
    nodes,
    relationships,
  };
}

function isStance(rel: MemRel): boolean {
  return STANCE_TYPE_SET.has(rel.type) && rel.from.label === 'Actor' && rel.to.label === 'Statement';
}

function labelsOf(node: MemNode): string {
  return node.label === 'Actor' && node.agency ? 'Actor:Agency' : node.label;
}

function columnHeader(c: Column): string {
  return `${c.key}:${c.type}`;
}

/** The typed columns and CSV values of one node's or relationship's properties. */
function row(
  props: Record<string, unknown>,
  dateFields: readonly string[],
  delimiter: string,
  measure: (text: string) => void,
  skip: readonly string[],
): { columns: Column[]; values: string[] } {
  const columns: Column[] = [];
  const values: string[] = [];
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (value === null || value === undefined || skip.includes(key)) continue;
    if (Array.isArray(value)) {
      // diffState stores no empty list, and CSV could not say one (an empty field is no property).
      if (value.length === 0) throw new Error(`property ${key} is an empty list; CSV cannot carry it`);
      const type = scalarType(value[0], false);
      if (!value.every((v) => scalarType(v, false) === type))
        throw new Error(`property ${key} mixes value types in one list`);
      const joined = value.map((v) => (typeof v === 'string' ? v : String(v as number))).join(delimiter);
      measure(joined);
      columns.push({ key, type: `${type}[]` });
      values.push(type === 'string' ? quote(joined) : joined);
      continue;
    }
    const type = scalarType(value, dateFields.includes(key));
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    measure(text);
    columns.push({ key, type });
    values.push(type === 'string' ? quote(text) : text);
  }
  return { columns, values };
}

/** The Neo4j type the normal write path stores a value as (src/db/Database.ts `toCypherParams`). */
function scalarType(value: unknown, date: boolean): string {
  if (typeof value === 'string') return date ? 'date' : 'string';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  throw new Error(`cannot write a ${typeof value} property as CSV`);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The first delimiter that no list element of the graph contains. */
function chooseDelimiter(graph: MemoryGraph): string {
  const candidates = new Set(DELIMITERS);
  const check = (props: Record<string, unknown>) => {
    for (const value of Object.values(props))
      if (Array.isArray(value))
        for (const v of value)
          if (typeof v === 'string') for (const d of candidates) if (v.includes(d)) candidates.delete(d);
  };
  for (const node of graph.allNodes()) check(node.props);
  for (const rel of graph.allRels()) check(rel.props);
  const chosen = [...candidates][0];
  if (chosen === undefined) throw new Error('every list delimiter occurs in some list value');
  return chosen;
}
