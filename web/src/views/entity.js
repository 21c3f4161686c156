// An entity: its aliases and knowledge-base source, then its claims grouped by relation, each with
// the quote highlighted in its paragraph, speaker, outlet and date, and denials beside what they deny.
import { h } from '../dom.js';
import { get } from '../api.js';
import { claimCard } from '../evidence.js';

const ROLE = { source: 'as source', target: 'as target', speaker: 'as speaker' };

export function entityHeader(e) {
  return h('header', { className: 'entity-header' },
    h('h1', {}, h('span', { className: `dot type-${e.type}` }), e.name),
    h('div', { className: 'meta' }, h('span', { className: 'type' }, e.type),
      ` · named in ${e.articles} article(s) · ${e.claims} claim(s)`,
      e.knowledgeBaseId ? h('span', { className: 'kb' }, ` · knowledge base: ${e.knowledgeBaseId}`) : h('span', { className: 'kb muted' }, ' · not in the knowledge base')),
    e.aliases.some(a => a !== e.name) ? h('div', { className: 'aliases' }, 'Also called: ', e.aliases.filter(a => a !== e.name).map(a => h('span', { className: 'alias' }, a))) : null);
}

export function relationGroups(detail) {
  return detail.relations.map(g => h('section', { className: 'relation-group' },
    h('h2', {}, `${g.relation} `, h('small', {}, `${ROLE[g.role] || g.role} · ${g.count}`)),
    g.claims.map(claimCard)));
}

export async function entityView(root, id) {
  const detail = await get(`/api/entities/${encodeURIComponent(id)}`);
  root.appendChild(h('div', { className: 'page entity-page' },
    entityHeader(detail.entity),
    h('p', {}, h('a', { href: `#/whatif/${detail.entity.id}` }, 'What if this actor were removed?'), ' · ',
      h('a', { href: `#/graph/${detail.entity.id}` }, 'Show on the graph')),
    detail.relations.length ? relationGroups(detail) : h('p', { className: 'muted' }, 'No claims about this entity yet.'),
    detail.truncated ? h('p', { className: 'muted' }, `Showing the newest claims of ${detail.claimCount}.`) : null));
}
