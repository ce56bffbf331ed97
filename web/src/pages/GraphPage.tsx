import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NeighbourhoodDocument } from '../api/operations';
import { ApiError, request } from '../api/request';
import { ErrorBox } from '../components/QueryStatus';
import { cytoscapeStyle, GRASS_RULES, styleLabel } from '../graph/graphStyle';

/** Neighbours fetched per expansion: a supernode shows this many and says it was cut short. */
const PER_EXPANSION = 25;
/** Most nodes on the canvas; past this, expanding asks to start again from the node. */
const MAX_NODES = 300;

interface DrawnNode {
  id: string;
  caption: string;
  labels: string[];
  expanded: boolean;
  truncated: boolean;
}

const PAGE_FOR: Record<string, string> = {
  Actor: 'actor',
  Statement: 'statement',
  Event: 'event',
  Article: 'article',
};

function pageOf(node: DrawnNode): string | null {
  const kind = node.labels.find((l) => PAGE_FOR[l]);
  return kind ? `/${PAGE_FOR[kind]}/${encodeURIComponent(node.id)}` : null;
}

/** An interactive neighbourhood; click (or Enter in the list) expands a node. */
export function GraphPage() {
  const { id = '' } = useParams();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [nodes, setNodes] = useState<Map<string, DrawnNode>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const expand = useCallback(async (nodeId: string) => {
    const graph = cy.current;
    if (!graph) return;
    setBusy(true);
    setError(null);
    try {
      const { neighbourhood } = await request(NeighbourhoodDocument, {
        id: nodeId,
        limit: PER_EXPANSION + 1,
      });
      const room = MAX_NODES - graph.nodes().length;
      const fresh = neighbourhood.nodes.filter((n) => graph.getElementById(n.id).empty());
      const added = fresh.slice(0, Math.max(room, 0));
      graph.add(
        added.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, caption: n.caption, styleLabel: styleLabel(n.labels) },
          ...(graph.getElementById(nodeId).nonempty()
            ? { position: { ...graph.getElementById(nodeId).position() } }
            : {}),
        })),
      );
      graph.add(
        neighbourhood.edges
          .filter((e) => graph.getElementById(e.id).empty())
          .filter(
            (e) => graph.getElementById(e.source).nonempty() && graph.getElementById(e.target).nonempty(),
          )
          .map((e) => ({
            group: 'edges' as const,
            data: { id: e.id, source: e.source, target: e.target, type: e.type },
          })),
      );
      graph.getElementById(nodeId).addClass('expanded');
      setNodes((prev) => {
        const next = new Map(prev);
        for (const n of neighbourhood.nodes) {
          if (!next.has(n.id) && graph.getElementById(n.id).nonempty()) {
            next.set(n.id, {
              id: n.id,
              caption: n.caption,
              labels: n.labels,
              expanded: false,
              truncated: false,
            });
          }
        }
        const self = next.get(nodeId);
        if (self) next.set(nodeId, { ...self, expanded: true, truncated: neighbourhood.truncated });
        return next;
      });
      setNotice(
        fresh.length > added.length
          ? `The canvas holds at most ${MAX_NODES} nodes; ${fresh.length - added.length} neighbours were left out. Open a node's page or start the graph from it.`
          : neighbourhood.truncated
            ? `Showing the first ${PER_EXPANSION} neighbours of a well-connected node; open its page for all of them.`
            : null,
      );
      graph
        .layout({
          name: 'cose',
          animate: false,
          randomize: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
        })
        .run();
      graph.fit(undefined, 30);
      setSelected(nodeId);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError([{ message: String(e), code: 'CLIENT_ERROR' }]));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (!container.current) return undefined;
    const graph = cytoscape({
      container: container.current,
      style: cytoscapeStyle(),
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    cy.current = graph;
    graph.on('tap', 'node', (evt) => void expand(evt.target.id() as string));
    setNodes(new Map());
    void expand(id);
    return () => {
      graph.destroy();
      cy.current = null;
    };
  }, [id, expand]);

  const selectedNode = selected ? nodes.get(selected) : undefined;
  const list = [...nodes.values()];
  return (
    <section className="graph-page">
      <h1>Graph around “{nodes.get(id)?.caption ?? id}”</h1>
      <p className="hint">
        Click a node (or press Enter on it in the list) to expand its neighbours. Colours follow the Neo4j
        Browser style.
      </p>
      <p className="legend">
        {GRASS_RULES.filter((r) => r.kind === 'node' && r.name).map((r) => (
          <span key={r.name}>
            <span className="swatch" style={{ background: r.props.color }} aria-hidden="true" /> {r.name}
          </span>
        ))}
      </p>
      {error && <ErrorBox error={error} title="Could not expand the node" />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="graph-layout">
        <div
          ref={container}
          className="graph-canvas"
          role="img"
          aria-label={`Graph of ${list.length} nodes around ${id}`}
          aria-busy={busy}
        />
        <aside className="graph-side" aria-label="Nodes in the graph">
          {busy && (
            <p role="status" className="loading">
              Loading neighbours…
            </p>
          )}
          {selectedNode && (
            <div className="selected" aria-live="polite">
              <h2>{selectedNode.caption}</h2>
              <p>{selectedNode.labels.join(', ')}</p>
              {pageOf(selectedNode) && <Link to={pageOf(selectedNode)!}>Open its page</Link>}
            </div>
          )}
          <h2 className="small">
            {list.length} node{list.length === 1 ? '' : 's'}
          </h2>
          <ul className="node-list">
            {list.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  onClick={() => void expand(n.id)}
                  aria-label={`${n.expanded ? 'Expanded' : 'Expand'} ${n.labels.join(' ')} ${n.caption}`}
                  className={n.expanded ? 'expanded' : undefined}
                >
                  <span
                    className="swatch"
                    aria-hidden="true"
                    data-label={styleLabel(n.labels)}
                    style={{ background: colourOf(n.labels) }}
                  />
                  {n.caption}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}

function colourOf(labels: string[]): string {
  const name = styleLabel(labels);
  return GRASS_RULES.find((r) => r.kind === 'node' && r.name === name)?.props.color ?? '#A5ABB6';
}
