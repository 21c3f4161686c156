namespace Nexus.Text.IO;

/// <summary>Reads CoNLL-U (UD treebanks): words, tags, heads and relations, multi-word tokens and the "# text" line.</summary>
public static class ConlluReader
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<ConlluSentence> Read(TextReader reader)
    {
        var result = new List<ConlluSentence>();
        var builder = new Builder();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (builder.Forms.Count > 0) result.Add(builder.Build());
                builder = new Builder();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) builder.Text = line[9..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) builder.NewDoc = builder.NewPar = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) builder.NewPar = true;
                continue;
            }
            builder.AddLine(line);
        }
        if (builder.Forms.Count > 0) result.Add(builder.Build());
        return result;
    }

    private sealed class Builder
    {
        public string? Text;
        public bool NewDoc, NewPar;
        public readonly List<string> Forms = [], Lemmas = [], Upos = [], Xpos = [], Relations = [], TokenForms = [];
        public readonly List<int> Heads = [], TokenOfWord = [];
        public readonly List<bool> SpaceAfter = [];
        private int _mwtEnd = -1;

        public void AddLine(string line)
        {
            var cols = line.Split('\t');
            if (cols.Length < 10) throw new FormatException($"CoNLL-U line with {cols.Length} columns: {line}");
            var id = cols[0];
            if (id.Contains('.')) return; // empty node of the enhanced graph
            var spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                _mwtEnd = int.Parse(id.AsSpan(dash + 1));
                TokenForms.Add(cols[1]);
                SpaceAfter.Add(spaceAfter);
                return;
            }
            var wordId = int.Parse(id);
            if (wordId > _mwtEnd)
            {
                TokenForms.Add(cols[1]);
                SpaceAfter.Add(spaceAfter);
            }
            TokenOfWord.Add(TokenForms.Count - 1);
            Forms.Add(cols[1]);
            Lemmas.Add(cols[2]);
            Upos.Add(cols[3]);
            Xpos.Add(cols[4]);
            Heads.Add(cols[6] == "_" ? -1 : int.Parse(cols[6]) - 1);
            Relations.Add(cols[7]);
        }

        public ConlluSentence Build() => new()
        {
            Text = Text ?? Reconstruct(),
            Forms = [.. Forms], Lemmas = [.. Lemmas], Upos = [.. Upos], Xpos = [.. Xpos],
            Heads = [.. Heads], Relations = [.. Relations], TokenOfWord = [.. TokenOfWord],
            TokenForms = [.. TokenForms], SpaceAfter = [.. SpaceAfter],
            StartsDocument = NewDoc, StartsParagraph = NewPar,
        };

        private string Reconstruct()
        {
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < TokenForms.Count; i++)
            {
                sb.Append(TokenForms[i]);
                if (SpaceAfter[i] && i + 1 < TokenForms.Count) sb.Append(' ');
            }
            return sb.ToString();
        }
    }
}
