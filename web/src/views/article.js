// The article reader: the text exactly as stored, rendered as text, with mentions highlighted and
// linked to their entities and the sentences that state claims underlined.
import { h, externalLink } from '../dom.js';
import { get } from '../api.js';
import { claimCard } from '../evidence.js';

export async function articleView(root, id) {
  const a = await get(`/api/articles/${encodeURIComponent(id)}`);
  const meta = a.article;
  const body = h('div', { className: 'article-text' });
  // Mentions may nest inside claim evidence; mark mentions (non-overlapping) and leave evidence to the claim list.
  let at = 0;
  const lines = [];
  let current = [];
  const pushText = (text) => {
    const pieces = text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) { lines.push(current); current = []; }
      if (piece) current.push(piece);
    });
  };
  for (const m of a.mentions) {
    if (m.start < at) continue;
    pushText(a.text.slice(at, m.start));
    current.push(h('a', { href: `#/entity/${m.entityId}`, className: `mention type-${m.type}`, title: `${m.name} (${m.type})` }, a.text.slice(m.start, m.end)));
    at = m.end;
  }
  pushText(a.text.slice(at));
  lines.push(current);
  for (const line of lines) body.appendChild(line.length ? h('p', {}, line) : h('p', { className: 'blank' }));
  root.appendChild(h('div', { className: 'page article-page' },
    h('header', {},
      h('h1', {}, meta.title || `Article ${meta.id}`),
      h('div', { className: 'meta' }, meta.outlet || 'unknown outlet', ' · ', meta.published || 'undated',
        a.author ? ` · ${a.author}` : '', meta.url ? h('span', {}, ' · ', externalLink(meta.url, 'original')) : null,
        meta.copyOf ? h('span', {}, ' · copy of ', h('a', { href: `#/article/${meta.copyOf}` }, `article ${meta.copyOf}`)) : null)),
    h('div', { className: 'reader' },
      body,
      h('aside', { className: 'claims' }, h('h2', {}, `Claims (${a.claims.length})`), a.claims.map(claimCard)))));
}

export async function articlesView(root) {
  const page = await get('/api/articles', { limit: 200 });
  root.appendChild(h('div', { className: 'page' },
    h('h1', {}, `Articles (${page.total})`),
    h('ul', { className: 'list' }, page.items.map(s => h('li', {},
      h('a', { href: `#/article/${s.article.id}` }, s.article.title || `article ${s.article.id}`),
      h('small', { className: 'muted' }, ` ${s.article.outlet || ''} ${s.article.published || ''} · ${s.entities} entities, ${s.claims} claims`))))));
}
