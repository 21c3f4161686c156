using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Extraction.Events;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Tests.Support;

/// <summary>
/// Builds an extraction context for a text written in a test: entities are named with their surface
/// forms (every occurrence becomes a mention), so claim rules are tested apart from recognition.
/// </summary>
public sealed class TestArticle
{
    private readonly string _text;
    private readonly List<(string Name, EntityType Type, string[] Surfaces)> _entities = [];
    private PartialDate? _published = PartialDate.Parse("2024-11-13");

    public TestArticle(string text) => _text = text;

    public TestArticle With(string name, EntityType type, params string[] surfaces)
    {
        _entities.Add((name, type, surfaces.Length == 0 ? [name] : surfaces));
        return this;
    }

    private bool _parsed;

    /// <summary>Analyse with the shipped tagger and parser (models/), so the dependency reader has a tree to read.</summary>
    public TestArticle Parsed()
    {
        _parsed = true;
        return this;
    }

    public TestArticle Published(string? iso)
    {
        _published = iso is null ? null : PartialDate.Parse(iso);
        return this;
    }

    public ExtractionContext Context()
    {
        var taken = new bool[_text.Length];
        var entities = new List<Entity>();
        var all = _entities.SelectMany((e, i) => e.Surfaces.Select(s => (Surface: s, Index: i))).OrderByDescending(p => p.Surface.Length).ToList();
        var spans = new Dictionary<int, List<TextSpan>>();
        foreach (var (surface, index) in all)
        {
            for (var at = _text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                if ((at > 0 && char.IsLetter(_text[at - 1])) || (end < _text.Length && char.IsLetter(_text[end]) && !(_text[end] == 's' && end > 0 && _text[end - 1] is '\'' or '’'))) continue;
                if (Enumerable.Range(at, surface.Length).Any(k => taken[k])) continue;
                for (var k = at; k < end; k++) taken[k] = true;
                (spans.TryGetValue(index, out var list) ? list : spans[index] = []).Add(new TextSpan(at, end));
            }
        }
        for (var i = 0; i < _entities.Count; i++)
        {
            var mentions = spans.TryGetValue(i, out var l) ? l.OrderBy(s => s.Start).ToImmutableArray() : [];
            entities.Add(new Entity($"e{i + 1}", _entities[i].Name, _entities[i].Type, [.. _entities[i].Surfaces], mentions));
        }
        var article = Article.FromPlainText(_text, new ArticleMetadata(Published: _published));
        var analysis = _parsed ? TestSupport.EntityTestModels.Analyze(_text) : new BasicTextAnalyzer().Analyze(_text, article.Content);
        return new ExtractionContext(article, analysis, entities);
    }

    public IReadOnlyList<Claim> Claims() => new PatternRelationExtractor().Extract(Context());

    public IReadOnlyList<Event> Events() => new LexiconEventExtractor().Extract(Context());

    /// <summary>Claims as "Source type Target" lines with names, for readable assertions.</summary>
    public List<string> Relations() => Describe(Claims());

    public List<string> Describe(IEnumerable<Claim> claims)
    {
        var names = _entities.Select((e, i) => ($"e{i + 1}", e.Name)).ToDictionary(p => p.Item1, p => p.Name);
        return [.. claims.Select(c => $"{names[c.SourceId]} {c.Type.ToWire()} {names[c.TargetId]}")];
    }

    public string NameOf(string id) => _entities[int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) - 1].Name;
}
