using Nexus.Text.IO;

namespace Nexus.Text.Tests.IO;

public class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	x	x	X	X	_	_	_	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = s2
        # text = Yes
        1	Yes	yes	INTJ	UH	_	0	root	_	_

        """;

    [Fact]
    public void ReadsWordsTagsHeadsAndMultiWordTokens()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample));
        Assert.Equal(2, sentences.Count);
        var s = sentences[0];
        Assert.Equal("I don't know.", s.Text);
        Assert.True(s.StartsDocument);
        Assert.False(sentences[1].StartsDocument);
        Assert.Equal(["I", "do", "n't", "know", "."], s.Forms);
        Assert.Equal(["PRON", "AUX", "PART", "VERB", "PUNCT"], s.Upos);
        Assert.Equal([2, 3, 3, -1, 3], s.Heads);
        Assert.Equal(["I", "don't", "know", "."], s.TokenForms);
        Assert.Equal([0, 1, 1, 2, 3], s.TokenOfWord);
        Assert.Equal([true, true, false, true], s.SpaceAfter);
        Assert.Equal("not", s.Lemmas[2]);
    }
}
