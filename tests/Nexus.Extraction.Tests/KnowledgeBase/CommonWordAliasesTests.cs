using Nexus.Core.Entities;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.KnowledgeBase;

public class CommonWordAliasesTests
{
    private const string Conllu = """
        # text = The organization paid the card.
        1	The	the	DET	DT	_	2	det	_	_
        2	organization	organization	NOUN	NN	_	3	nsubj	_	_
        3	paid	pay	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	card	card	NOUN	NN	_	3	obj	_	_

        # text = Another organization, another card, one paradise.
        1	Another	another	DET	DT	_	2	det	_	_
        2	organization	organization	NOUN	NN	_	0	root	_	_
        3	card	card	NOUN	NN	_	2	conj	_	_
        4	paradise	paradise	NOUN	NN	_	2	conj	_	_
        5	let	let	VERB	VB	_	2	conj	_	_
        6	let	let	VERB	VB	_	2	conj	_	_
        """;

    [Fact]
    public void Words_written_in_lower_case_at_least_twice_are_ordinary()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Conllu);
            var words = CommonWordAliases.ReadOrdinaryWords(path);
            // "the" is written in lower case once only, "The" does not count.
            Assert.Equal(["card", "let", "organization"], words.Order().ToArray());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Ordinary_one_word_aliases_go_and_acronyms_and_longer_names_stay()
    {
        var ordinary = new HashSet<string> { "organization", "card", "let", "front" };
        var entry = new KbEntry("g:1", EntityType.MilitantGroup, "Tanzeem Front", ["Organization", "Card", "LET", "Tanzeem", "Popular Front", "Front-line"], [], [], "", "test");

        var filtered = CommonWordAliases.Filter(entry, ordinary);

        Assert.Equal(["LET", "Tanzeem", "Popular Front", "Front-line"], filtered.Aliases.ToArray());
        Assert.Equal("Tanzeem Front", filtered.Name);
        Assert.Same(filtered, CommonWordAliases.Filter(filtered, ordinary));
    }

    [Fact]
    public void An_ordinary_word_behind_the_article_goes_too()
    {
        var ordinary = new HashSet<string> { "card", "front" };
        var entry = new KbEntry("g:2", EntityType.MilitantGroup, "Tanzeem Front", ["The Card", "The Front Line", "The Tanzeem"], [], [], "", "test");
        Assert.Equal(["The Front Line", "The Tanzeem"], CommonWordAliases.Filter(entry, ordinary).Aliases.ToArray());
    }
}
