using Nexus.Core.Text;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Relations;

/// <summary>
/// The <see cref="SentenceView"/>s of one article, built once by one <see cref="SentenceViewFactory"/> and shared by
/// every stage that reads the sentences in order (claims, events). Not thread-safe: one per article context.
/// </summary>
public sealed class SharedSentenceViews(ExtractionContext context, CountryOfDemonym? demonyms = null)
{
    private readonly SentenceViewFactory _factory = new(context, demonyms);
    private readonly List<SentenceView> _built = [];
    private readonly CountryOfDemonym? _demonyms = demonyms;

    /// <summary>A reader over the shared views; it answers <c>Next(span)</c> exactly as a fresh factory would.</summary>
    public Reader Read() => new(this, context);

    /// <summary>
    /// One stage's pass over the sentences. While its spans follow the shared sequence it takes the shared views; if it
    /// asks for another span, it replays its own spans through a private factory so the factory's state is the same.
    /// </summary>
    public sealed class Reader(SharedSentenceViews shared, ExtractionContext context)
    {
        private readonly List<TextSpan> _asked = [];
        private SentenceViewFactory? _own;

        public SentenceView Next(TextSpan sentence)
        {
            if (_own is null)
            {
                var k = _asked.Count;
                if (k == shared._built.Count) shared._built.Add(shared._factory.Next(sentence));
                if (shared._built[k].Sentence == sentence)
                {
                    _asked.Add(sentence);
                    return shared._built[k];
                }
                _own = new SentenceViewFactory(context, shared._demonyms);
                foreach (var s in _asked) _own.Next(s);
            }
            _asked.Add(sentence);
            return _own.Next(sentence);
        }
    }
}
