// Events newest first, and the story threads ("connected dots") newest first.
import { h } from '../dom.js';
import { get } from '../api.js';
import { entityLink, quote } from '../evidence.js';

export async function timelineView(root) {
  const [events, threads] = await Promise.all([get('/api/events', { limit: 300 }), get('/api/threads').catch(() => null)]);
  root.appendChild(h('div', { className: 'page timeline-page' },
    h('section', { className: 'threads' }, h('h1', {}, 'Story threads'),
      threads === null ? h('p', { className: 'muted' }, 'Threads are not available on this server.')
        : threads.length === 0 ? h('p', { className: 'muted' }, 'No threads yet.')
          : threads.map(threadCard)),
    h('section', { className: 'events' }, h('h1', {}, `Events (${events.total})`),
      h('ol', { className: 'timeline' }, events.items.map(e => h('li', { className: `event ${e.type}` },
        h('div', { className: 'when' }, e.date || 'undated'),
        h('div', { className: 'what' },
          h('strong', {}, e.type), e.location ? h('span', {}, ' in ', entityLink(e.location)) : null,
          e.actors.length ? h('span', {}, ' · ', e.actors.map((a, i) => [i ? ', ' : '', entityLink(a)])) : null,
          e.killed != null ? h('span', { className: 'casualties' }, ` · ${e.killed} killed`) : null,
          e.injured != null ? h('span', { className: 'casualties' }, ` · ${e.injured} injured`) : null,
          quote(e.evidence),
          h('small', {}, h('a', { href: `#/article/${e.article.id}` }, e.article.title || `article ${e.article.id}`), ` · ${e.article.outlet || ''}`))))))));
}

function threadCard(t) {
  return h('article', { className: 'thread' },
    h('h2', {}, `Thread ${t.index}`, h('small', {}, ` ${t.first} – ${t.last} · ${t.dots.length} article(s)`)),
    h('div', { className: 'actors' }, t.actors.slice(0, 12).join(', ')),
    h('ol', { className: 'dots' }, t.dots.map(d => // newest first, as the server sends them
      h('li', {},
      h('span', { className: 'when' }, d.date), ' ',
      h('a', { href: `#/article/${d.articleId}` }, d.title || `article ${d.articleId}`),
      h('span', { className: 'muted' }, ` ${d.outlet || ''}`),
      d.copies.length ? h('span', { className: 'muted' }, ` (+${d.copies.length} copies)`) : null,
      d.newActors.length ? h('div', { className: 'added' }, `new actors: ${d.newActors.join(', ')}`) : null,
      d.newTies.length ? h('div', { className: 'added' }, `new ties: ${d.newTies.slice(0, 6).join('; ')}${d.newTies.length > 6 ? '; …' : ''}`) : null))));
}
