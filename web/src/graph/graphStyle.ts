import type { StylesheetJson } from 'cytoscape';
import grass from '../../../cypher/style.grass?raw';
import { parseGrass } from './parseGrass';

/** The Neo4j Browser style (cypher/style.grass), read at build time: one home for the colours. */
export const GRASS_RULES = parseGrass(grass);

const px = (v: string | undefined, fallback: number) => (v ? parseFloat(v) : fallback);

/**
 * The label a node is drawn as: the last of its labels with a rule in the style file, as Neo4j
 * Browser does (so `:Actor:Agency` is drawn as an Agency).
 */
export function styleLabel(labels: readonly string[]): string {
  const styled = GRASS_RULES.filter((r) => r.kind === 'node' && r.name).map((r) => r.name);
  return [...labels].reverse().find((l) => styled.includes(l)) ?? labels[0] ?? 'node';
}

/** Cytoscape's stylesheet from the grass rules: colours, borders, sizes, edge widths. */
export function cytoscapeStyle(): StylesheetJson {
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'font-size': 9,
        'text-wrap': 'ellipsis',
        'text-max-width': '90px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1d2330',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        label: 'data(type)',
        'font-size': 7,
        color: '#555',
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 6 } },
  ];
  for (const rule of GRASS_RULES) {
    const target =
      rule.kind === 'node'
        ? rule.name
          ? `node[styleLabel = "${rule.name}"]`
          : 'node'
        : rule.name
          ? `edge[type = "${rule.name}"]`
          : 'edge';
    const p = rule.props;
    if (rule.kind === 'node') {
      const d = px(p.diameter, 50) * 0.7;
      style.push({
        selector: target,
        style: {
          ...(p.color ? { 'background-color': p.color } : {}),
          ...(p['border-color'] ? { 'border-color': p['border-color'] } : {}),
          'border-width': px(p['border-width'], 2),
          width: d,
          height: d,
        },
      });
    } else {
      style.push({
        selector: target,
        style: {
          ...(p.color ? { 'line-color': p.color, 'target-arrow-color': p.color } : {}),
          width: px(p['shaft-width'], 1),
        },
      });
    }
  }
  return style;
}
