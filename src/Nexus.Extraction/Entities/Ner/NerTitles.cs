namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Titles written before a person's name ("Dr.", "President", "Sheikh"), which CoNLL, UNER and Wikigold leave out of
/// the name; some training corpora and the silver labels put them in. <see cref="StripFromPeople"/> takes them out.
/// </summary>
public static class NerTitles
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Dr.", "Doctor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Professor", "Sir",
        "President", "Minister", "Senator", "Sen.", "Rep.", "Gov.", "Governor", "Judge", "Justice", "Sheikh", "Shaikh", "Maulana", "Mullah",
        "Imam", "Ayatollah", "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Archbishop", "Rev.", "Reverend",
        "General", "Gen.", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Sgt.", "Sergeant", "Brigadier", "Commander",
        "Chairman", "Premier", "Chancellor", "Mayor",
    };

    public static bool IsTitle(ReadOnlySpan<char> token) => token.Length > 1 && char.IsUpper(token[0]) && Titles.Contains(token.ToString());

    /// <summary>Relabels the leading titles of every PER span O when a name follows them ("Dr. Cooper" keeps "Cooper").</summary>
    public static void StripFromPeople(NerSentence sentence, string[] labels)
    {
        foreach (var (start, end, type) in ConllNerReader.Spans(labels))
        {
            if (type != "PER") continue;
            var first = start;
            while (first < end - 1 && IsTitle(sentence.Token(first))) first++;
            if (first == start) continue;
            for (var i = start; i < first; i++) labels[i] = "O";
            labels[first] = "B-PER";
        }
    }
}
