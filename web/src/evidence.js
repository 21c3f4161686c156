// A claim with its evidence: the quoted sentence highlighted inside its paragraph, who says it,
// the outlet and date, and any denials side by side with what they deny.
import { h, highlighted } from './dom.js';

export const entityLink = (ref) => h('a', { href: `#/entity/${ref.id}`, className: `entity type-${ref.type}` }, ref.name);

export function quote(evidence) {
  const p = evidence.paragraph;
  if (!p) return h('blockquote', { className: 'quote' }, h('mark', {}, evidence.text));
  const range = { start: evidence.start - p.start, end: evidence.end - p.start };
  return h('blockquote', { className: 'quote' }, highlighted(p.text, [range], (_, text) => h('mark', {}, text)));
}

function source(claim) {
  const a = claim.article;
  return h('div', { className: 'source' },
    h('span', { className: `polarity ${claim.polarity}` }, claim.polarity),
    claim.speaker ? h('span', { className: 'speaker' }, 'says ',
      claim.speakerEntityId ? h('a', { href: `#/entity/${claim.speakerEntityId}` }, claim.speaker) : claim.speaker) : h('span', { className: 'speaker' }, "author's statement"),
    h('span', { className: 'outlet' }, a.outlet || 'unknown outlet'),
    h('span', { className: 'date' }, a.published || 'undated'),
    h('a', { href: `#/article/${a.id}`, className: 'article-link' }, a.title || `article ${a.id}`),
    claim.review !== 'unreviewed' ? h('span', { className: `review ${claim.review}` }, claim.review) : null,
    h('span', { className: 'confidence', title: 'extraction confidence' }, `conf ${claim.confidence.toFixed(2)}`));
}

export function claimCard(claim) {
  const main = h('div', { className: 'claim-main' },
    h('div', { className: 'claim-head' }, entityLink(claim.source), h('span', { className: 'rel' }, ` ${claim.relation} `), entityLink(claim.target),
      claim.validFrom || claim.validTo ? h('span', { className: 'valid' }, ` (${claim.validFrom || '…'} – ${claim.validTo || '…'})`) : null),
    quote(claim.evidence),
    source(claim));
  const denials = claim.denials || [];
  if (denials.length === 0) return h('article', { className: 'claim', dataset: { claim: claim.id } }, main);
  return h('article', { className: 'claim contested', dataset: { claim: claim.id } },
    h('div', { className: 'side-by-side' },
      main,
      h('div', { className: 'denials' }, h('div', { className: 'denial-title' }, 'Denied'),
        denials.map(d => h('div', { className: 'denial' }, quote(d.evidence), source(d))))));
}
