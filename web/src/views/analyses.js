// The analyses of the graph as tables: central actors, brokers, communities, rifts and recent changes.
import { clear, h } from '../dom.js';
import { get } from '../api.js';
import { entityLink } from '../evidence.js';

const link = (id, name) => entityLink({ id, name, type: '' });
const table = (head, rows) => h('table', {}, h('thead', {}, h('tr', {}, head.map(x => h('th', {}, x)))), h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))));
const n = (x, d = 3) => Number(x).toFixed(d);

const TABS = {
  centrality: async () => {
    const r = await get('/api/analyses/centrality', { limit: 25 });
    return [h('p', { className: 'muted' }, `${r.nodes} actors, ${r.edges} ties${r.betweennessSampled ? `; betweenness sampled from ${r.pivots} pivots (error ≤ ${n(r.betweennessErrorBound)})` : ''}`),
      table(['Actor', 'Type', 'PageRank', 'Betweenness', 'Degree', 'Supports'], r.rows.map(x => [link(x.entityId, x.name), x.type, n(x.pageRank), n(x.betweenness), n(x.degree), String(x.supports)]))];
  },
  brokers: async () => {
    const rows = await get('/api/analyses/brokers');
    return [table(['Actor', 'Betweenness', 'Constraint', 'Effective size', 'Neighbours', 'Communities bridged'],
      rows.slice(0, 25).map(x => [link(x.entityId, x.name), n(x.betweenness), n(x.constraint), n(x.effectiveSize, 1), String(x.neighbors), String(x.communitiesBridged)]))];
  },
  communities: async () => {
    const r = await get('/api/analyses/communities');
    return [h('p', { className: 'muted' }, `modularity ${n(r.modularity)}`),
      table(['#', 'Members', 'Internal ties', 'External ties'], r.communities.map(c => [String(c.index), c.members.join(', '), String(c.internalEdges), String(c.externalEdges)]))];
  },
  rifts: async () => {
    const r = await get('/api/analyses/rifts');
    return [h('h3', {}, `Ties whose sign changed (${r.signChanges.length})`),
      ...r.signChanges.map(c => h('div', { className: 'claim' }, h('div', { className: 'claim-head' }, `${c.a} — ${c.b}: ${c.from} (${c.before}) → ${c.to} (${c.after})`),
        h('div', { className: 'side-by-side' },
          h('div', {}, c.earlierEvidence.map(e => h('blockquote', { className: 'quote' }, e.quote, h('div', { className: 'source' }, `${e.relation} · ${e.speaker} · ${e.outlet} · ${e.date}`)))),
          h('div', {}, c.laterEvidence.map(e => h('blockquote', { className: 'quote' }, e.quote, h('div', { className: 'source' }, `${e.relation} · ${e.speaker} · ${e.outlet} · ${e.date}`))))))),
      h('h3', {}, `Unbalanced triads (${r.unbalancedTriads.length})`),
      table(['A', 'B', 'C', 'AB', 'BC', 'AC'], r.unbalancedTriads.slice(0, 50).map(t => [t.a, t.b, t.c, String(t.signAB), String(t.signBC), String(t.signAC)]))];
  },
};

export async function analysesView(root, tab) {
  const name = TABS[tab] ? tab : 'centrality';
  const body = h('div', { className: 'analysis-body' }, h('p', { className: 'muted' }, 'Running…'));
  root.appendChild(h('div', { className: 'page analyses-page' },
    h('h1', {}, 'Analyses'),
    h('nav', { className: 'tabs' }, Object.keys(TABS).map(t => h('a', { href: `#/analyses/${t}`, className: t === name ? 'active' : '' }, t))),
    body));
  clear(body).append(...await TABS[name]());
}
