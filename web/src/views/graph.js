// The map: node size by centrality, colour by type, edge style by status; filters for relation
// types, minimum confidence and contested edges; a time slider that replays the network as of any
// date. Positions come from the whole-time layout, so the replay shows ties appearing in place.
import cytoscape from 'cytoscape';
import { clear, h, debounce } from '../dom.js';
import { get } from '../api.js';
import { claimCard } from '../evidence.js';
import { entityHeader, relationGroups } from './entity.js';
import { status } from '../status.js';

export const TYPE_COLOURS = {
  Person: '#e6a23c', MilitantGroup: '#d9534f', CriminalGroup: '#8e44ad', StateAgency: '#2c7be5', Government: '#1b4f72',
  PoliticalGroup: '#27ae60', Media: '#95a5a6', Population: '#c9a800', Location: '#7f8c8d', Project: '#16a085',
  Event: '#e67e22', Organization: '#34495e', Unknown: '#bbbbbb',
};

const RELATIONS = ['sponsors', 'funds', 'arms', 'trains', 'shelters', 'directs', 'allied_with', 'rival_of', 'fights', 'attacks', 'targets',
  'claims_responsibility', 'recruits_from', 'member_of', 'leads', 'split_from', 'designates', 'operates_in'];
const SYMMETRIC = new Set(['allied_with', 'rival_of', 'fights']);
const DAY = 86400000;

const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'mapData(centrality, 0, 1, 16, 64)', height: 'mapData(centrality, 0, 1, 16, 64)',
    label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222',
    'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1, 'border-width': 1, 'border-color': '#fff' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
  { selector: 'edge', style: {
    width: 'mapData(confidence, 0, 1, 1, 5)', 'curve-style': 'bezier', 'line-color': '#5b6b7b', 'target-arrow-color': '#5b6b7b',
    'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, opacity: 'mapData(confidence, 0, 1, 0.35, 1)' } },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge[status = "corroborated"]', style: { 'line-style': 'solid', 'line-color': '#2d6a4f', 'target-arrow-color': '#2d6a4f' } },
  { selector: 'edge[status = "single-source"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
  { selector: 'edge[status = "contested"]', style: { 'line-style': 'dotted', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
  { selector: 'edge:selected', style: { label: 'data(relation)', 'font-size': 9, 'text-rotation': 'autorotate', width: 6 } },
  { selector: '.hidden', style: { display: 'none' } },
];

const nodeData = (n) => ({ id: `n${n.id}`, entityId: n.id, name: n.name, type: n.type, centrality: n.centrality, colour: TYPE_COLOURS[n.type] || TYPE_COLOURS.Unknown });
const edgeData = (e) => ({ id: `e${e.id}`, source: `n${e.source}`, target: `n${e.target}`, relation: e.relation, status: e.status,
  confidence: e.confidence, claimIds: e.claimIds, symmetric: SYMMETRIC.has(e.relation), deniedBy: e.deniedBy, firstSeen: e.firstSeen });

export async function graphView(root, focus) {
  const base = await get('/api/graph');
  const types = new Set(RELATIONS);
  const canvas = h('div', { id: 'cy', className: 'cy' });
  const details = h('aside', { className: 'details', id: 'details' }, h('p', { className: 'muted' }, 'Click an actor or a tie to see its evidence.'));
  const minConf = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: 0, id: 'min-confidence' });
  const minConfLabel = h('span', {}, '0.00');
  const contested = h('select', { id: 'contested' }, h('option', { value: 'include' }, 'include contested'),
    h('option', { value: 'exclude' }, 'hide contested'), h('option', { value: 'only' }, 'only contested'));
  const last = base.last ? Date.parse(base.last) : Date.now();
  // With everything reported on one day, start the slider a month earlier so the replay shows it arrive.
  const first = Math.min(base.first ? Date.parse(base.first) : last, last - 30 * DAY);
  const days = Math.max(0, Math.round((last - first) / DAY));
  const slider = h('input', { type: 'range', min: 0, max: days, step: 1, value: days, id: 'time-slider', disabled: days === 0 });
  const dateLabel = h('output', { id: 'as-of' }, 'all time');
  const counts = h('span', { className: 'counts', id: 'graph-counts' });
  const asOf = () => (Number(slider.value) >= days ? null : new Date(first + Number(slider.value) * DAY).toISOString().slice(0, 10));

  const checks = RELATIONS.map(r => h('label', { className: 'check' },
    h('input', { type: 'checkbox', checked: true, value: r, onchange: (e) => { e.target.checked ? types.add(r) : types.delete(r); refresh(); } }), r));
  const legend = h('div', { className: 'legend' },
    Object.entries(TYPE_COLOURS).filter(([t]) => base.nodes.some(n => n.type === t)).map(([t, c]) => h('span', { className: 'legend-item' }, h('span', { className: `dot type-${t}` }), t)),
    h('div', { className: 'edge-legend' }, h('span', { className: 'line corroborated' }), 'corroborated ', h('span', { className: 'line single-source' }), 'single source ',
      h('span', { className: 'line contested' }), 'contested'));

  root.appendChild(h('div', { className: 'graph-page' },
    h('aside', { className: 'filters' },
      h('h2', {}, 'Filters'),
      h('div', {}, h('label', {}, 'Minimum confidence ', minConfLabel), minConf),
      h('div', {}, contested),
      h('h3', {}, 'Relations'),
      h('div', { className: 'checks' }, checks),
      legend),
    h('section', { className: 'graph-main' },
      canvas,
      h('div', { className: 'timebar' }, h('button', { id: 'replay', onclick: replay }, '▶ Replay'), h('label', { for: 'time-slider' }, 'As of '), slider, dateLabel, counts)),
    details));

  const cy = cytoscape({
    container: canvas, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3,
    elements: [...base.nodes.map(n => ({ group: 'nodes', data: nodeData(n) })), ...base.edges.map(e => ({ group: 'edges', data: edgeData(e) }))],
  });
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 }).run();
  window.__nexusGraph = cy; // for the end-to-end test

  cy.on('tap', 'node', (evt) => showEntity(details, evt.target.data('entityId')));
  cy.on('tap', 'edge', (evt) => showEdge(details, evt.target.data()));

  let pending = 0;
  async function refresh() {
    const ticket = ++pending;
    minConfLabel.textContent = Number(minConf.value).toFixed(2);
    dateLabel.textContent = asOf() || 'all time';
    let g = { nodes: [], edges: [] };
    try {
      if (types.size > 0) g = await get('/api/graph', { asOf: asOf(), types: types.size === RELATIONS.length ? null : [...types].join(','), minConfidence: minConf.value, contested: contested.value });
    } catch (e) { status(e.message, true); return; }
    if (ticket !== pending) return; // a newer request is on its way
    apply(cy, g);
    counts.textContent = ` ${g.nodes.length} actors · ${g.edges.length} ties`;
    root.dataset.asOf = asOf() || '';
    root.dataset.edges = String(g.edges.length);
  }
  const refreshSoon = debounce(refresh, 120);
  minConf.addEventListener('input', refreshSoon);
  contested.addEventListener('change', refresh);
  slider.addEventListener('input', refreshSoon);

  let replaying = null;
  async function replay() {
    if (replaying) { clearInterval(replaying); replaying = null; return; }
    slider.value = 0;
    await refresh();
    const step = Math.max(1, Math.round(days / 40));
    replaying = setInterval(async () => {
      const next = Math.min(days, Number(slider.value) + step);
      slider.value = next;
      await refresh();
      if (next >= days) { clearInterval(replaying); replaying = null; }
    }, 250);
  }

  await refresh();
  if (focus) {
    const node = cy.getElementById(`n${focus}`);
    if (node.nonempty()) { node.select(); cy.center(node); showEntity(details, Number(focus)); }
  }
  return () => { if (replaying) clearInterval(replaying); cy.destroy(); delete window.__nexusGraph; };
}

/** Shows exactly the elements of g; updates status and confidence as they stood then. */
function apply(cy, g) {
  const nodes = new Map(g.nodes.map(n => [`n${n.id}`, n]));
  const edges = new Map(g.edges.map(e => [`e${e.id}`, e]));
  cy.batch(() => {
    for (const n of g.nodes) if (cy.getElementById(`n${n.id}`).empty()) cy.add({ group: 'nodes', data: nodeData(n), position: { x: 0, y: 0 } });
    for (const e of g.edges) if (cy.getElementById(`e${e.id}`).empty()) cy.add({ group: 'edges', data: edgeData(e) });
    cy.nodes().forEach(n => { const v = nodes.get(n.id()); n.toggleClass('hidden', !v); if (v) n.data('centrality', v.centrality); });
    cy.edges().forEach(e => { const v = edges.get(e.id()); e.toggleClass('hidden', !v); if (v) e.data({ status: v.status, confidence: v.confidence, claimIds: v.claimIds, deniedBy: v.deniedBy }); });
  });
}

async function showEntity(panel, id) {
  clear(panel).appendChild(h('p', { className: 'muted' }, 'Loading…'));
  try {
    const detail = await get(`/api/entities/${id}`, { limit: 60 });
    clear(panel).append(entityHeader(detail.entity),
      h('p', {}, h('a', { href: `#/entity/${id}` }, 'Open entity page'), ' · ', h('a', { href: `#/whatif/${id}` }, 'What if removed?')),
      ...relationGroups(detail));
  } catch (e) { clear(panel).appendChild(h('p', { className: 'error' }, e.message)); }
}

async function showEdge(panel, data) {
  clear(panel).appendChild(h('p', { className: 'muted' }, 'Loading…'));
  try {
    const claims = await get('/api/claims', { ids: data.claimIds.slice(0, 100).join(',') });
    clear(panel).append(
      h('h2', {}, data.relation, ' ', h('small', { className: `status ${data.status}` }, data.status)),
      h('p', { className: 'meta' }, `confidence ${Number(data.confidence).toFixed(2)}`, data.deniedBy?.length ? ` · denied by ${data.deniedBy.join(', ')}` : ''),
      ...claims.filter(c => c.polarity !== 'denied' || !claims.some(o => o.denials?.some(d => d.id === c.id))).map(claimCard));
  } catch (e) { clear(panel).appendChild(h('p', { className: 'error' }, e.message)); }
}
